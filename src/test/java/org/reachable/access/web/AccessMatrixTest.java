package org.reachable.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every role against every page and endpoint, over real HTTP. Without a legitimate relationship the answer is 403 and
 * the refusal is in the audit log. A guard test fails when a new GET endpoint is not in this matrix.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final List<String> USERS =
            List.of("lead", "tac", "stranger", "mash", "manager", "contributor", "analyst", "ig", "admin");

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private TestBorough.World world;
    private final Map<String, WebSession> sessions = new LinkedHashMap<>();

    /** path template -> expected status for each user, in USERS order. {A} and {B} are the two children, {RULE} a language rule. */
    private static final Map<String, String> MATRIX = new LinkedHashMap<>();

    static {
        //                                         lead tac strg mash mgr  cont anal ig   admin
        MATRIX.put("/",                            "200 200 200  200  200  200  200  200  200");
        MATRIX.put("/accessibility",               "200 200 200  200  200  200  200  200  200");
        MATRIX.put("/children",                    "200 200 200  200  200  403  403  403  403");
        MATRIX.put("/children/{A}",                "200 200 403  403  403  403  403  403  403");
        MATRIX.put("/children/{B}",                "403 403 403  200  403  403  403  403  403");
        MATRIX.put("/children/{A}/print",          "200 200 403  403  403  403  403  403  403");
        MATRIX.put("/children/{A}/events/new",     "200 200 403  403  403  403  403  403  403");
        MATRIX.put("/children/{A}/break-glass",    "200 200 200  200  200  403  403  403  403");
        MATRIX.put("/submissions",                 "200 200 200  200  200  200  403  403  403");
        MATRIX.put("/submissions/new",             "200 200 200  200  200  200  403  403  403");
        MATRIX.put("/break-glass-reviews",         "403 403 403  403  200  403  403  403  403");
        MATRIX.put("/insight",                     "403 403 403  403  403  403  200  403  403");
        MATRIX.put("/insight/sna",                 "403 403 403  403  403  403  200  403  403");
        MATRIX.put("/insight/tables/{slug}",       "403 403 403  403  403  403  200  403  403");
        MATRIX.put("/insight/tables/{slug}.csv",   "403 403 403  403  403  403  200  403  403");
        MATRIX.put("/ig",                          "403 403 403  403  403  403  403  200  403");
        MATRIX.put("/admin/users",                 "403 403 403  403  403  403  403  403  200");
        MATRIX.put("/api/v1/me",                   "200 200 200  200  200  200  200  200  200");
        MATRIX.put("/api/v1/openapi.json",         "200 200 200  200  200  200  200  200  200");
        MATRIX.put("/api/v1/children?name=Okafor", "200 200 200  200  200  403  403  403  403");
        MATRIX.put("/api/v1/children/{A}/chronology", "200 200 403 403 403  403  403  403  403");
        MATRIX.put("/api/v1/children/{B}/chronology", "403 403 403 200 403  403  403  403  403");
        MATRIX.put("/api/v1/submissions",          "200 200 200  200  200  200  403  403  403");
        MATRIX.put("/api/v1/ig/children/{A}/access", "403 403 403 403  403  403  403  200  403");
        MATRIX.put("/api/v1/admin/users",          "403 403 403  403  403  403  403  403  200");
        MATRIX.put("/api/v1/insight/event-counts", "403 403 403  403  403  403  200  403  403");
        MATRIX.put("/language/rules",              "200 200 200  200  200  200  200  200  200");
        MATRIX.put("/language/rules/new",          "403 403 403  403  200  403  403  403  403");
        MATRIX.put("/language/rules/{RULE}/edit",   "403 403 403 403 200  403  403  403  403");
        MATRIX.put("/api/v1/language/rules",       "200 200 200  200  200  200  200  200  200");
        MATRIX.put("/moments/alerts",              "200 200 200  200  200  403  403  403  403");
        MATRIX.put("/moments/alerts/{NONE}",       "404 404 404  404  404  403  403  403  403");
        MATRIX.put("/moments/rules",               "200 200 200  200  200  403  403  403  403");
        MATRIX.put("/moments/rules/progress",      "200 200 200  200  200  403  403  403  403");
        MATRIX.put("/moments/rules/{MOMENT}",      "200 200 200  200  200  403  403  403  403");
        MATRIX.put("/moments/fairness",            "403 403 403  403  200  403  200  403  403");
        MATRIX.put("/moments/fairness.csv",        "403 403 403  403  200  403  200  403  403");
        MATRIX.put("/api/v1/alerts",               "200 200 200  200  200  403  403  403  403");
        MATRIX.put("/api/v1/alerts/{NONE}",        "404 404 404  404  404  403  403  403  403");
        MATRIX.put("/identity/reviews",            "403 403 403  200  200  403  403  403  403");
        MATRIX.put("/identity/reviews/{NONE}",     "403 403 403  404  404  403  403  403  403");
        MATRIX.put("/identity/merges",             "403 403 403  200  200  403  403  403  403");
        // Feeds: contributors send files; MASH and IG see quarantined records; administrators manage API keys.
        // {A} stands for an id that is not an import or quarantined record: allowed roles get 404, others 403.
        MATRIX.put("/admin/api-keys",              "403 403 403  403  403  403  403  403  200");
        MATRIX.put("/api/v1/admin/api-keys",       "403 403 403  403  403  403  403  403  200");
        MATRIX.put("/feeds/quarantine",            "403 403 403  200  403  403  403  200  403");
        MATRIX.put("/feeds/quarantine/{A}",        "403 403 403  404  403  403  403  404  403");
        MATRIX.put("/feeds/imports",               "403 403 403  403  403  200  403  403  403");
        MATRIX.put("/feeds/imports/{A}",           "403 403 403  403  403  404  403  403  403");
        MATRIX.put("/feeds/imports/{A}/progress",  "403 403 403  403  403  404  403  403  403");
        // Front door: anyone who shares information refers and follows their own referrals; the MASH works contacts.
        MATRIX.put("/frontdoor/concerns/new",      "200 200 200  200  200  200  403  403  403");
        MATRIX.put("/frontdoor/referrals",         "200 200 200  200  200  200  403  403  403");
        MATRIX.put("/frontdoor/queue",             "403 403 403  200  403  403  403  403  403");
        MATRIX.put("/frontdoor/performance",       "403 403 403  403  200  403  200  403  403");
        MATRIX.put("/api/v1/frontdoor/performance", "403 403 403 403  200  403  200  403  403");
        MATRIX.put("/api/v1/frontdoor/performance/sample", "403 403 403 403 200 403 403 403  403");
        MATRIX.put("/frontdoor/daily-meeting",     "403 403 403  200  403  403  403  403  403");
        MATRIX.put("/api/v1/frontdoor/daily-meeting", "403 403 403 200  403  403  403  403  403");
        MATRIX.put("/frontdoor/contacts/{NONE}",   "403 403 403  404  403  403  403  403  403");
        MATRIX.put("/api/v1/frontdoor/contacts",   "403 403 403  200  403  403  403  403  403");
        MATRIX.put("/api/v1/frontdoor/contacts/{NONE}", "403 403 403 404 403 403  403  403  403");
        MATRIX.put("/api/v1/frontdoor/referrals",  "200 200 200  200  200  200  403  403  403");
        MATRIX.put("/api/v1/frontdoor/information-requests", "200 200 200 200 200 200 403 403 403");
        MATRIX.put("/api/v1/frontdoor/escalations", "403 403 403 403  200  403  403  403  403");
        MATRIX.put("/frontdoor/escalations",       "403 403 403  403  200  403  403  403  403");
        MATRIX.put("/frontdoor/requests",          "200 200 200  200  200  200  403  403  403");
        MATRIX.put("/api/v1/insight/tables",       "403 403 403  403  403  403  200  403  403");
        MATRIX.put("/api/v1/insight/tables/{slug}", "403 403 403 403  403  403  200  403  403");
        MATRIX.put("/insight/map",                 "403 403 403  403  403  403  200  403  403");
        MATRIX.put("/insight/map/areas.geojson",   "403 403 403  403  403  403  200  403  403");
        MATRIX.put("/insight/map/hotspots.geojson", "403 403 403 403  403  403  200  403  403");
        MATRIX.put("/insight/map/schools.geojson", "403 403 403  403  403  403  200  403  403");
        MATRIX.put("/api/v1/insight/hotspots",     "403 403 403  403  403  403  200  403  403");
        MATRIX.put("/insight/patterns",            "403 403 403  403  403  403  200  403  403");
        MATRIX.put("/api/v1/insight/patterns",     "403 403 403  403  403  403  200  403  403");
        MATRIX.put("/insight/report?month=2018-06", "403 403 403 403  403  403  200  403  403");
        MATRIX.put("/insight/report.pdf?month=2018-06", "403 403 403 403 403 403  200  403  403");
        MATRIX.put("/insight/report/public?month=2018-06", "403 403 403 403 403 403 200 403  403");
        MATRIX.put("/insight/report/public.pdf?month=2018-06", "403 403 403 403 403 403 200 403 403");
        // Panels: case workers see the list; a panel's meetings and agendas only its members (others 403 per panel);
        // chairs (managers) see duplication; managers and analysts see analytics (no children named).
        MATRIX.put("/panels",                      "200 200 200  200  200  403  403  403  403");
        MATRIX.put("/panels/{NONE}",               "404 404 404  404  404  403  403  403  403");
        MATRIX.put("/panels/meetings/{NONE}",      "404 404 404  404  404  403  403  403  403");
        MATRIX.put("/panels/duplication",          "403 403 403  403  200  403  403  403  403");
        MATRIX.put("/panels/analytics",            "403 403 403  403  200  403  200  403  403");
        MATRIX.put("/api/v1/panels",               "200 200 200  200  200  403  403  403  403");
        MATRIX.put("/api/v1/panels/{NONE}",        "404 404 404  404  404  403  403  403  403");
        MATRIX.put("/api/v1/panels/meetings/{NONE}", "404 404 404 404 404  403  403  403  403");
        MATRIX.put("/api/v1/panels/duplication",   "403 403 403  403  200  403  403  403  403");
        MATRIX.put("/api/v1/panels/analytics",     "403 403 403  403  200  403  200  403  403");
        MATRIX.put("/api/v1/panels/analytics.csv?table=attendance", "403 403 403 403 200 403 200 403 403");
        // Context: case workers and contributors see contexts (children named only with a relationship); a child's
        // network opens only with a legitimate relationship; contributors cannot record contexts.
        MATRIX.put("/contexts",                    "200 200 200  200  200  200  403  403  403");
        MATRIX.put("/contexts/new",                "200 200 200  200  200  403  403  403  403");
        MATRIX.put("/contexts/{NONE}",             "404 404 404  404  404  404  403  403  403");
        MATRIX.put("/contexts/{NONE}/network",     "404 404 404  404  404  404  403  403  403");
        MATRIX.put("/contexts/{NONE}/conference",  "404 404 404  404  404  404  403  403  403");
        MATRIX.put("/contexts/children/{A}/network", "200 200 403 403 403  403  403  403  403");
        MATRIX.put("/contexts/children/{B}/network", "403 403 403 200 403  403  403  403  403");
        MATRIX.put("/contexts/incidents",          "200 200 200  200  200  200  403  403  403");
        MATRIX.put("/contexts/incidents/{NONE}",   "404 404 404  404  404  404  403  403  403");
        MATRIX.put("/api/v1/contexts",             "200 200 200  200  200  200  403  403  403");
        MATRIX.put("/api/v1/contexts/{NONE}",      "404 404 404  404  404  404  403  403  403");
        MATRIX.put("/api/v1/contexts/{NONE}/network", "404 404 404 404 404  404  403  403  403");
        MATRIX.put("/api/v1/contexts/{NONE}/conference", "404 404 404 404 404 404 403  403  403");
        MATRIX.put("/api/v1/contexts/children/{A}/network", "200 200 403 403 403 403 403 403  403");
        MATRIX.put("/api/v1/contexts/children/{B}/network", "403 403 403 200 403 403 403 403  403");
        MATRIX.put("/api/v1/contexts/incidents",   "200 200 200  200  200  200  403  403  403");
        MATRIX.put("/api/v1/contexts/incidents/{NONE}", "404 404 404 404 404 404 403  403  403");
    }

    @BeforeAll
    void signEveryoneIn() {
        world = borough.build();
        USERS.forEach(key -> sessions.put(key, WebSession.signIn(port, world.username(key), TestBorough.PASSWORD)));
    }

    @TestFactory
    List<DynamicTest> everyRoleAgainstEveryPageAndEndpoint() {
        List<DynamicTest> tests = new ArrayList<>();
        MATRIX.forEach((template, row) -> {
            String[] expected = row.trim().split("\\s+");
            for (int i = 0; i < USERS.size(); i++) {
                String user = USERS.get(i);
                int status = Integer.parseInt(expected[i]);
                String path = template.replace("{slug}", "incidents-by-type").replace("{A}", world.childA().toString())
                        .replace("{B}", world.childB().toString()).replace("{RULE}", "absconding")
                        .replace("{MOMENT}", "permanent-exclusion")
                        .replace("{NONE}", UUID.randomUUID().toString());
                tests.add(DynamicTest.dynamicTest(user + " GET " + template + " -> " + status, () -> {
                    HttpResponse<String> response = sessions.get(user).get(path);
                    assertThat(response.statusCode()).as(user + " " + path).isEqualTo(status);
                    if (status == 403 && path.contains("/children/") && !path.contains("/ig/")) {
                        UUID child = path.contains(world.childA().toString()) ? world.childA() : world.childB();
                        assertThat(deniedAuditRows(world.userIds().get(user), child))
                                .as("refusal of " + user + " on " + path + " is audited").isPositive();
                    }
                }));
            }
        });
        return tests;
    }

    @Test
    void signedOutPeopleAreSentToSignInAndApiCallersGet401() {
        WebSession anonymous = WebSession.anonymous(port);
        HttpResponse<String> page = anonymous.get("/children/" + world.childA());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(anonymous.get("/api/v1/children/" + world.childA() + "/chronology").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void analystsGetNoIdentifiersFromTheirOwnEndpoint() {
        String body = sessions.get("analyst").get("/api/v1/insight/event-counts").body();
        assertThat(body).doesNotContain(world.childA().toString()).doesNotContain("Okafor" + world.tag())
                .doesNotMatch(Pattern.compile("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*"));
        assertThat(body).contains("POLICE");
    }

    @Test
    void adminSeesUsersButNoCaseContent() {
        String users = sessions.get("admin").get("/admin/users").body();
        assertThat(users).contains(world.username("lead"));
        assertThat(users).doesNotContain("Okafor" + world.tag());
        assertThat(jdbc.sql("""
                        select count(*) from access_audit
                        where actor_id = :admin and action = 'ADMINISTER' and outcome = 'ALLOWED' and resource = 'users'""")
                .param("admin", world.userIds().get("admin")).query(Long.class).single())
                .as("an administrator reading staff details is audited").isPositive();
    }

    /** The resource-security guard: a GET endpoint added without a row in the matrix fails this test. */
    @Test
    void everyGetEndpointIsInTheMatrix() {
        Set<String> covered = new TreeSet<>();
        MATRIX.keySet().forEach(k -> covered.add(k.replaceAll("\\?.*", "").replace("{A}", "{id}").replace("{B}", "{id}")
                .replace("{RULE}", "{code}").replace("{NONE}", "{id}").replace("{MOMENT}", "{key}")));
        Set<String> exempt = Set.of("/login", "/error", "/forbidden", "/api/v1/openapi.json/{group}", "/api/v1/docs",
                "/swagger-ui.html", "/api/v1/openapi.json/swagger-config", "/v3/api-docs.yaml", "/v3/api-docs", "/api/v1/openapi.json.yaml");
        Set<String> missing = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!info.getMethodsCondition().getMethods().isEmpty()
                    && info.getMethodsCondition().getMethods().stream().noneMatch(m -> m.name().equals("GET"))) {
                return;
            }
            info.getPatternValues().forEach(pattern -> {
                if (!covered.contains(pattern) && !exempt.contains(pattern) && !pattern.startsWith("/swagger")
                        && !pattern.startsWith("/v3/")) {
                    missing.add(pattern + " (" + method.getBeanType().getSimpleName() + ")");
                }
            });
        });
        assertThat(missing).as("GET endpoints with no row in the access matrix").isEmpty();
    }

    private long deniedAuditRows(UUID userId, UUID child) {
        return jdbc.sql("""
                        select count(*) from access_audit
                        where actor_id = :user and person_id = :child and outcome = 'DENIED'""")
                .param("user", userId).param("child", child).query(Long.class).single();
    }
}
