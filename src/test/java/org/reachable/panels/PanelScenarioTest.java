package org.reachable.panels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachable.agencies.OrganisationKind;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.reachable.synthetic.DemoPanels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The panel scenario: an open action rolls forward to the next meeting and is reviewed there while a completed one
 * does not; the demo borough's deliberate duplicates (laid down by the same seeding code the demo uses) are found; and
 * the attendance report equals a count made independently here with its own SQL, on the page, in the API and the CSV.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PanelScenarioTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    PanelsTestSupport panels;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    org.reachable.identity.ChildRegister register;

    private TestBorough.World world;
    private DemoPanels.Seeded seeded;
    private Map<UUID, String> names;

    @BeforeAll
    void seedTheDemoPanels() {
        world = borough.build();
        List<UUID> children = new ArrayList<>(List.of(world.childA(), world.childB()));
        children.addAll(panels.children(world, DemoPanels.CHILDREN - 2));
        Map<OrganisationKind, UUID> orgs = new EnumMap<>(OrganisationKind.class);
        world.organisations().forEach((kind, org) -> orgs.put(kind, org.id()));
        seeded = DemoPanels.seed(panels.history(), new DemoPanels.Seats(orgs, world.userIds().get("manager"),
                "manager " + world.tag(), world.userIds().get("stranger"), "stranger " + world.tag(),
                world.userIds().get("mash"), "mash " + world.tag()), children, LocalDate.now(LONDON), world.tag());
        names = Map.of(seeded.onTwoPanels(), name(seeded.onTwoPanels()),
                seeded.discussedWithoutProgress(), name(seeded.discussedWithoutProgress()));
    }

    @Test
    void anOpenActionRollsForwardToTheNextMeetingAndADoneOneDoesNot() throws Exception {
        UUID panel = panels.panel(world, "Roll forward", "lead");
        WebSession member = WebSession.signIn(port, world.username("lead"), TestBorough.PASSWORD);
        String first = LocalDateTime.now(LONDON).minusDays(14).withHour(10).withMinute(0).withSecond(0).withNano(0)
                .toString().substring(0, 16);
        UUID meeting1 = created(member.postJson("/api/v1/panels/" + panel + "/meetings",
                "{\"startsAt\":\"" + first + "\",\"minutes\":\"90\"}"));
        UUID item1 = created(member.postJson("/api/v1/panels/meetings/" + meeting1 + "/agenda",
                "{\"subjectKind\":\"CHILD\",\"subjectId\":\"" + world.childA() + "\",\"minutes\":\"20\","
                        + "\"reason\":\"Exploitation concerns from police and school\"}"));
        String police = world.organisations().get(OrganisationKind.POLICE).id().toString();
        String school = world.organisations().get(OrganisationKind.SCHOOL).id().toString();
        UUID open = created(member.postJson("/api/v1/panels/meetings/" + meeting1 + "/items/" + item1 + "/actions",
                "{\"description\":\"Disruption plan for the adults of concern\",\"organisationId\":\"" + police
                        + "\",\"owner\":\"DS Nair\",\"dueOn\":\"" + LocalDate.now(LONDON).minusDays(3) + "\"}"));
        UUID done = created(member.postJson("/api/v1/panels/meetings/" + meeting1 + "/items/" + item1 + "/actions",
                "{\"description\":\"Alternative provision place\",\"organisationId\":\"" + school
                        + "\",\"owner\":\"Ms Adeyemi\",\"dueOn\":\"" + LocalDate.now(LONDON).minusDays(7) + "\"}"));
        assertThat(member.postJson("/api/v1/panels/actions/" + done + "/updates",
                "{\"status\":\"DONE\",\"note\":\"Started at the PRU\"}").statusCode()).isEqualTo(200);

        String second = LocalDateTime.now(LONDON).plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0)
                .toString().substring(0, 16);
        UUID meeting2 = created(member.postJson("/api/v1/panels/" + panel + "/meetings",
                "{\"startsAt\":\"" + second + "\",\"minutes\":\"90\"}"));

        JsonNode agenda = json.readTree(member.get("/api/v1/panels/meetings/" + meeting2).body()).get("agenda");
        assertThat(agenda).hasSize(1);
        JsonNode item = agenda.get(0);
        assertThat(item.at("/subject/id").asText()).isEqualTo(world.childA().toString());
        assertThat(item.get("carriedForward").asBoolean()).isTrue();
        List<String> reviewed = new ArrayList<>();
        item.get("review").forEach(a -> reviewed.add(a.get("id").asText()));
        assertThat(reviewed).containsExactly(open.toString());
        assertThat(item.at("/review/0/overdue").asBoolean()).isTrue();
        assertThat(item.at("/review/0/owningAgency").asText()).isEqualTo("Police " + world.tag());

        String page = member.get("/panels/meetings/" + meeting2).body();
        assertThat(page).contains("Actions from earlier meetings to review").contains("Disruption plan for the adults")
                .contains("Overdue").doesNotContain("Alternative provision place");

        // Reviewed at meeting 2 and done: it no longer rolls forward to meeting 3.
        assertThat(member.postJson("/api/v1/panels/actions/" + open + "/updates", "{\"status\":\"DONE\","
                + "\"note\":\"Notices served\",\"meetingId\":\"" + meeting2 + "\"}").statusCode()).isEqualTo(200);
        String third = LocalDateTime.now(LONDON).plusDays(15).withHour(10).withMinute(0).withSecond(0).withNano(0)
                .toString().substring(0, 16);
        UUID meeting3 = created(member.postJson("/api/v1/panels/" + panel + "/meetings",
                "{\"startsAt\":\"" + third + "\",\"minutes\":\"90\"}"));
        assertThat(json.readTree(member.get("/api/v1/panels/meetings/" + meeting3).body()).get("agenda")).isEmpty();
        assertThat(jdbc.sql("select count(*) from panels_action_update where action_id = :a and meeting_id = :m")
                .param("a", open).param("m", meeting2).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDemoBoroughsDeliberateDuplicatesAreFoundForTheChair() throws Exception {
        WebSession chair = WebSession.signIn(port, world.username("manager"), TestBorough.PASSWORD);
        JsonNode duplication = json.readTree(chair.get("/api/v1/panels/duplication").body());

        JsonNode several = find(duplication.get("onSeveralPanels"), seeded.onTwoPanels());
        assertThat(several).as("the child discussed by pre-MACE and then MACE").isNotNull();
        List<String> panelNames = new ArrayList<>();
        several.get("panels").forEach(p -> panelNames.add(p.asText()));
        assertThat(panelNames).contains("MACE panel (" + world.tag() + ")",
                "Pre-MACE / ROHOP panel (" + world.tag() + ")");

        JsonNode repeated = find(duplication.get("repeatedWithoutProgress"), seeded.discussedWithoutProgress());
        assertThat(repeated).as("the child discussed three times with nothing done").isNotNull();
        assertThat(repeated.get("meetings").asInt()).isEqualTo(3);
        assertThat(repeated.get("actions").asInt()).isEqualTo(3);
        assertThat(repeated.get("panel").asText()).isEqualTo("Pre-MACE / ROHOP panel (" + world.tag() + ")");
        assertThat(find(duplication.get("repeatedWithoutProgress"), seeded.onTwoPanels())).isNull();

        String page = chair.get("/panels/duplication").body();
        assertThat(page).contains(names.get(seeded.onTwoPanels())).contains(names.get(seeded.discussedWithoutProgress()));
        assertThat(jdbc.sql("""
                        select count(*) from access_audit where actor_id = :chair and person_id = :child
                          and resource = 'panels/duplication' and outcome = 'ALLOWED'""")
                .param("chair", world.userIds().get("manager")).param("child", seeded.discussedWithoutProgress())
                .query(Long.class).single()).as("each child shown to the chair is audited").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theAttendanceReportEqualsAnIndependentCountOnThePageTheApiAndTheCsv() throws Exception {
        Map<String, long[]> expected = independentAttendance(seeded.preMace());
        assertThat(expected).as("the seeded pre-MACE meetings have attendance").isNotEmpty();
        assertThat(expected.values().stream().mapToLong(c -> c[1] + c[2]).sum())
                .as("the seed has apologies and absences, so the count is not trivially all present").isPositive();

        WebSession analyst = WebSession.signIn(port, world.username("analyst"), TestBorough.PASSWORD);
        JsonNode figures = json.readTree(analyst.get("/api/v1/panels/analytics?panelId=" + seeded.preMace()).body());
        Map<String, long[]> api = new TreeMap<>();
        figures.get("attendance").forEach(a -> api.put(a.get("agency").asText(), new long[] {
                a.get("present").asLong(), a.get("apologies").asLong(), a.get("absent").asLong()}));
        assertThat(api).usingRecursiveComparison().isEqualTo(expected);

        String csv = analyst.get("/api/v1/panels/analytics.csv?table=attendance&panelId=" + seeded.preMace()).body();
        Map<String, long[]> fromCsv = new TreeMap<>();
        csv.lines().skip(1).forEach(line -> {
            String[] f = line.split(",");
            fromCsv.put(f[0], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])});
        });
        assertThat(fromCsv).usingRecursiveComparison().isEqualTo(expected);

        String page = analyst.get("/panels/analytics?panelId=" + seeded.preMace()).body();
        String table = org.springframework.web.util.HtmlUtils.htmlUnescape(
                page.substring(page.indexOf("id=\"attendance-table\""), page.indexOf("id=\"actions\"")));
        expected.forEach((agency, counts) -> assertThat(table).containsPattern("(?s)" + java.util.regex.Pattern.quote(
                agency) + "</th>\\s*<td[^>]*>" + counts[0] + "</td>\\s*<td[^>]*>" + counts[1] + "</td>\\s*<td[^>]*>"
                + counts[2] + "</td>"));
        assertThat(page).doesNotContain(names.get(seeded.discussedWithoutProgress()));

        // Time from escalation to discussion: pre-MACE to MACE, escalated four weeks ago, discussed last week.
        JsonNode escalations = json.readTree(analyst.get("/api/v1/panels/analytics?panelId=" + seeded.mace()).body())
                .get("escalations");
        assertThat(escalations).hasSize(1);
        assertThat(escalations.get(0).get("days").asLong()).isEqualTo(21);
    }

    /**
     * Per agency (by name), meetings of the panel in the last 12 months where it was present, sent apologies without
     * anyone present, or only absent, counted straight from the attendance rows.
     */
    private Map<String, long[]> independentAttendance(UUID panel) {
        Map<String, long[]> counts = new TreeMap<>();
        jdbc.sql("""
                        select o.name, a.meeting_id, string_agg(a.status, ',') as statuses
                        from panels_attendance a
                        join panels_meeting m on m.id = a.meeting_id
                        join agencies_organisation o on o.id = a.organisation_id
                        where m.panel_id = :panel and m.starts_at >= now() - interval '12 months'
                        group by o.name, a.meeting_id""")
                .param("panel", panel)
                .query((rs, n) -> {
                    long[] c = counts.computeIfAbsent(rs.getString("name"), k -> new long[3]);
                    String statuses = rs.getString("statuses");
                    c[statuses.contains("PRESENT") ? 0 : statuses.contains("APOLOGIES") ? 1 : 2]++;
                    return null;
                }).list();
        return counts;
    }

    private static JsonNode find(JsonNode list, UUID personId) {
        for (JsonNode n : list) {
            if (n.get("personId").asText().equals(personId.toString())) {
                return n;
            }
        }
        return null;
    }

    private String name(UUID child) {
        return register.names(List.of(child)).get(child);
    }

    private UUID created(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(json.readTree(response.body()).get("id").asText());
    }
}
