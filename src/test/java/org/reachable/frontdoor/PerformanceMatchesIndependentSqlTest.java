package org.reachable.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.reachable.synthetic.BoroughLoader;
import org.reachable.synthetic.BoroughSpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The front-door performance figures, on the page and through the API, equal the same figures counted here with this
 * test's own SQL, on a synthetic borough loaded the way the demo is (its social care contacts become the front door's
 * history) plus concerns raised by the end-to-end tests. Small numbers are withheld on both sides by the same rule.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformanceMatchesIndependentSqlTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PERIOD_FROM = LocalDate.now().minusYears(4).toString();
    private static final String PERIOD_TO = LocalDate.now().toString();
    /** The period as SQL sees it: London dates of receipt. */
    private static final String IN_PERIOD = """
            (received_at at time zone 'Europe/London')::date between cast(:from as date) and cast(:to as date)""";

    @LocalServerPort
    int port;
    @Autowired
    BoroughLoader loader;
    @Autowired
    TestBorough borough;
    @Autowired
    JdbcClient jdbc;

    private WebSession analyst;
    private WebSession manager;

    @BeforeAll
    void loadTheBorough() {
        loader.run(BoroughSpec.of(4242, 600, LocalDate.now()).inNamespace("fdhist"), null, true, 500, p -> { });
        TestBorough.World world = borough.build();
        analyst = WebSession.signIn(port, world.username("analyst"), TestBorough.PASSWORD);
        manager = WebSession.signIn(port, world.username("manager"), TestBorough.PASSWORD);
    }

    @Test
    void theBoroughHasAFrontDoorHistoryToMeasure() {
        assertThat(count("select count(*) from frontdoor_contact where origin = 'HISTORIC' and " + IN_PERIOD))
                .isGreaterThan(50);
    }

    @Test
    void headlineFiguresEqualIndependentCounts() throws Exception {
        JsonNode p = figures();
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("contacts", count("select count(*) from frontdoor_contact where " + IN_PERIOD));
        expected.put("referrals", count("select count(*) from frontdoor_contact where origin = 'REFERRAL' and "
                + IN_PERIOD));
        expected.put("automatic", count("select count(*) from frontdoor_contact where origin = 'AUTOMATIC' and "
                + IN_PERIOD));
        expected.put("historic", count("select count(*) from frontdoor_contact where origin = 'HISTORIC' and "
                + IN_PERIOD));
        expected.put("outOfHours", count("select count(*) from frontdoor_contact where out_of_hours and " + IN_PERIOD));
        expected.put("decided", count("select count(*) from frontdoor_contact where decided_at is not null and "
                + IN_PERIOD));
        expected.put("decidedOnTime", count("""
                select count(*) from frontdoor_contact
                where (decided_at at time zone 'Europe/London')::date <= decision_due and """ + IN_PERIOD));
        expected.put("openOverdue", count("""
                select count(*) from frontdoor_contact
                where status = 'OPEN' and decision_due < (now() at time zone 'Europe/London')::date and """
                + IN_PERIOD));
        expected.put("reReferrals", count("""
                select count(*) from (
                    select received_at, lag(received_at) over (partition by person_id order by received_at) as before
                    from frontdoor_contact) c
                where before is not null and before < received_at
                  and before >= received_at - interval '12 months' and """ + IN_PERIOD));
        expected.put("qualityBase", count("select count(*) from frontdoor_contact where origin = 'REFERRAL' and "
                + IN_PERIOD));
        expected.put("withReason", count("""
                select count(*) from frontdoor_contact where origin = 'REFERRAL' and why_worried is not null and """
                + IN_PERIOD));
        expected.put("withChildVoice", count("""
                select count(*) from frontdoor_contact where origin = 'REFERRAL' and child_voice is not null and """
                + IN_PERIOD));
        expected.put("withEthnicity", count("""
                select count(*) from frontdoor_contact where origin = 'REFERRAL' and ethnicity is not null
                and ethnicity <> 'NOBT' and """ + IN_PERIOD));
        long decided = expected.get("decided");

        assertThat(p.get("contacts")).isEqualTo(number(expected.get("contacts")));
        for (String share : new String[] {"referrals", "automatic", "historic", "outOfHours", "reReferrals"}) {
            assertShare(p.get(share), expected.get(share), expected.get("contacts"), share);
        }
        assertThat(p.get("decided")).isEqualTo(number(decided));
        assertShare(p.get("decidedOnTime"), expected.get("decidedOnTime"), decided, "decidedOnTime");
        assertThat(p.get("openOverdue").get("count")).isEqualTo(number(expected.get("openOverdue")));
        for (String share : new String[] {"withReason", "withChildVoice", "withEthnicity"}) {
            assertShare(p.get(share), expected.get(share), expected.get("qualityBase"), share);
        }

        String page = analyst.get("/frontdoor/performance?from=" + PERIOD_FROM + "&to=" + PERIOD_TO).body();
        String headline = between(page, "id=\"headline\"", "</table>");
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            if (e.getKey().equals("qualityBase")) {
                continue;
            }
            assertThat(cell(headline.contains("data-figure=\"" + e.getKey() + "\"") ? headline : page, e.getKey()))
                    .as("page figure " + e.getKey()).isEqualTo(words(e.getValue()));
        }
        assertThat(cell(page, "qualityBase")).isEqualTo(words(expected.get("qualityBase")));
    }

    @Test
    void outcomesByAgencyEqualIndependentCounts() throws Exception {
        JsonNode byAgency = figures().get("byAgency");
        var rows = jdbc.sql("""
                        select referrer_agency, count(*) as contacts, count(decided_at) as decided,
                               count(*) filter (where (decided_at at time zone 'Europe/London')::date <= decision_due)
                                   as on_time,
                               count(*) filter (where decision = 'NFA_WITH_ADVICE') as nfa,
                               count(*) filter (where decision = 'CHILD_IN_NEED_ASSESSMENT') as cin
                        from frontdoor_contact where """ + IN_PERIOD + " group by referrer_agency order by 1")
                .param("from", PERIOD_FROM).param("to", PERIOD_TO).query().listOfRows();
        assertThat(byAgency).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            JsonNode agency = byAgency.get(i);
            assertThat(agency.get("agency").asText()).isEqualTo(row.get("referrer_agency"));
            assertThat(agency.get("contacts")).isEqualTo(number((Long) row.get("contacts")));
            assertThat(agency.get("decided")).isEqualTo(number((Long) row.get("decided")));
            assertThat(agency.get("onTime").get("count")).isEqualTo(number((Long) row.get("on_time")));
            assertThat(agency.get("outcomes").get("NFA_WITH_ADVICE")).isEqualTo(number((Long) row.get("nfa")));
            assertThat(agency.get("outcomes").get("CHILD_IN_NEED_ASSESSMENT")).isEqualTo(number((Long) row.get("cin")));
        }
    }

    @Test
    void outcomesByEthnicityWithRatesAndRelativeRateIndexEqualIndependentCounts() throws Exception {
        var rows = jdbc.sql("""
                        select case when child_ethnicity is null or child_ethnicity in ('REFU', 'NOBT') then 'Not recorded'
                                    when child_ethnicity like 'W%' then 'White'
                                    when child_ethnicity like 'M%' then 'Mixed'
                                    when child_ethnicity like 'A%' then 'Asian'
                                    when child_ethnicity like 'B%' then 'Black'
                                    else 'Chinese or any other group' end as grp,
                               count(*) as contacts, count(decided_at) as decided,
                               count(*) filter (where decision in ('CHILD_IN_NEED_ASSESSMENT', 'STRATEGY_DISCUSSION',
                                   'RISK_OUTSIDE_THE_HOME')) as statutory,
                               count(*) filter (where decision = 'NFA_WITH_ADVICE') as nfa
                        from frontdoor_contact where """ + IN_PERIOD + " group by 1 order by 1")
                .param("from", PERIOD_FROM).param("to", PERIOD_TO).query().listOfRows();
        Map<String, JsonNode> api = new LinkedHashMap<>();
        figures().get("byEthnicity").forEach(g -> api.put(g.get("group").asText(), g));
        assertThat(api.keySet()).containsExactlyElementsOf(rows.stream().map(r -> (String) r.get("grp")).toList());
        Double whiteRate = null;
        for (var row : rows) {
            if (row.get("grp").equals("White")) {
                whiteRate = rate((Long) row.get("statutory"), (Long) row.get("decided"));
            }
        }
        String page = manager.get("/frontdoor/performance?from=" + PERIOD_FROM + "&to=" + PERIOD_TO).body();
        String table = between(page, "id=\"by-ethnicity\"", "</table>");
        for (var row : rows) {
            String group = (String) row.get("grp");
            JsonNode g = api.get(group);
            long statutory = (Long) row.get("statutory");
            long groupDecided = (Long) row.get("decided");
            Double expectedRate = rate(statutory, groupDecided);
            assertThat(g.get("contacts")).as(group).isEqualTo(number((Long) row.get("contacts")));
            assertThat(g.get("statutory").get("count")).as(group).isEqualTo(number(statutory));
            assertThat(g.get("noFurtherAction").get("count")).as(group).isEqualTo(number((Long) row.get("nfa")));
            assertThat(g.get("statutory").get("rate").isNull() ? null : g.get("statutory").get("rate").asDouble())
                    .as(group + " statutory rate").isEqualTo(expectedRate);
            Double expectedRri = expectedRate == null || whiteRate == null || whiteRate == 0 ? null
                    : expectedRate / whiteRate;
            assertThat(g.get("statutoryRri").isNull() ? null : g.get("statutoryRri").asDouble())
                    .as(group + " relative rate index").isEqualTo(expectedRri);
            String rowHtml = between(table, "data-group=\"" + group + "\"", "</tr>");
            assertThat(cell(rowHtml, "statutory")).as(group).isEqualTo(words(statutory));
            assertThat(cell(rowHtml, "statutoryRri")).as(group)
                    .isEqualTo(expectedRri == null ? "withheld" : String.format("%.2f", expectedRri));
        }
    }

    @Test
    void aManagerDrawsTheSameSampleWithTheSameSeedAndAnAnalystCannot() throws Exception {
        String path = "/api/v1/frontdoor/performance/sample?from=" + PERIOD_FROM + "&to=" + PERIOD_TO
                + "&size=8&seed=audit-march";
        JsonNode first = JSON.readTree(manager.get(path).body());
        JsonNode again = JSON.readTree(manager.get(path).body());
        assertThat(first).hasSize(8).isEqualTo(again);
        assertThat(first.toString()).doesNotContain("personId");
        JsonNode other = JSON.readTree(manager.get(path.replace("audit-march", "audit-april")).body());
        assertThat(other).isNotEqualTo(first);
        assertThat(analyst.get(path).statusCode()).isEqualTo(403);
    }

    // --- the test's own arithmetic and suppression (1 to 4 withheld, zero shown) ---

    private static Long suppressed(long n) {
        return n > 0 && n < 5 ? null : n;
    }

    private static Double rate(long part, long whole) {
        return whole == 0 || suppressed(part) == null || suppressed(whole) == null ? null : (double) part / whole;
    }

    private static JsonNode number(long n) {
        Long shown = suppressed(n);
        // Jackson reads numbers that fit an int as int nodes.
        return shown == null ? JSON.nullNode() : JSON.getNodeFactory().numberNode(Math.toIntExact(shown));
    }

    private static String words(long n) {
        Long shown = suppressed(n);
        return shown == null ? "fewer than 5" : String.format("%,d", shown);
    }

    private static void assertShare(JsonNode share, long part, long whole, String what) {
        assertThat(share.get("count")).as(what + " count").isEqualTo(number(part));
        Double rate = rate(part, whole);
        assertThat(share.get("rate").isNull() ? null : share.get("rate").asDouble()).as(what + " rate")
                .isEqualTo(rate);
    }

    private JsonNode figures() throws Exception {
        var response = analyst.get("/api/v1/frontdoor/performance?from=" + PERIOD_FROM + "&to=" + PERIOD_TO);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("from", PERIOD_FROM).param("to", PERIOD_TO).query(Long.class).single();
    }

    private static String cell(String html, String figure) {
        Matcher m = Pattern.compile("data-figure=\"" + figure + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("a cell for " + figure).isTrue();
        return m.group(1).strip();
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }
}
