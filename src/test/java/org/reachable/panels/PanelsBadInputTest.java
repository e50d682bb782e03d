package org.reachable.panels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad input answers 400 problem details naming the field, the value and the rule; nothing is saved; never a 500. */
@ReachableTest
class PanelsBadInputTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    PanelsTestSupport panels;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    private TestBorough.World world;
    private UUID panel;
    private UUID meeting;
    private UUID item;
    private WebSession member;

    @BeforeEach
    void setUp() {
        world = borough.build();
        panel = panels.panel(world, "Bad input", "lead");
        meeting = panels.meeting(panel, Instant.now().plus(1, ChronoUnit.DAYS));
        item = panels.onAgenda(meeting, world.childA());
        member = WebSession.signIn(port, world.username("lead"), TestBorough.PASSWORD);
    }

    @Test
    void schedulingNamesTheStartAndLength() throws Exception {
        JsonNode errors = problems(member.postJson("/api/v1/panels/" + panel + "/meetings",
                "{\"startsAt\":\"next tuesday\",\"minutes\":\"9000\"}"));
        assertError(errors, "startsAt", "next tuesday", "yyyy-mm-ddThh:mm");
        assertError(errors, "minutes", "9000", "from 15 to 600");
        assertThat(jdbc.sql("select count(*) from panels_meeting where panel_id = :p").param("p", panel)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void agendaItemsNeedAKnownKindAndAChildFromTheRegister() throws Exception {
        JsonNode errors = problems(member.postJson("/api/v1/panels/meetings/" + meeting + "/agenda",
                "{\"subjectKind\":\"GANG\",\"subjectId\":\"not-an-id\",\"minutes\":\"0\",\"reason\":\"\"}"));
        assertError(errors, "subjectKind", "GANG", "PEER_GROUP");
        assertError(errors, "subjectId", "not-an-id", "UUID");
        assertError(errors, "minutes", "0", "from 1 to 240");
        assertError(errors, "reason", null, "Say why");
        UUID nobody = UUID.randomUUID();
        assertError(problems(member.postJson("/api/v1/panels/meetings/" + meeting + "/agenda",
                "{\"subjectKind\":\"CHILD\",\"subjectId\":\"" + nobody + "\",\"minutes\":\"10\",\"reason\":\"x\"}")),
                "subjectId", nobody.toString(), "No child in the register");
    }

    @Test
    void actionsNeedARealDueDateAndAKnownAgency() throws Exception {
        JsonNode errors = problems(member.postJson("/api/v1/panels/meetings/" + meeting + "/items/" + item
                + "/actions", "{\"description\":\"Visit\",\"organisationId\":\"" + UUID.randomUUID()
                + "\",\"owner\":\"DS Nair\",\"dueOn\":\"2026-02-30\"}"));
        assertError(errors, "organisationId", null, "No organisation with this id");
        assertError(errors, "dueOn", "2026-02-30", "real date");
        JsonNode status = problems(member.postJson("/api/v1/panels/actions/" + UUID.randomUUID() + "/updates",
                "{\"status\":\"FINISHED\",\"note\":\"x\"}"), 404);
        assertThat(status).isNull();
    }

    @Test
    void attendanceNeedsAKnownStatus() throws Exception {
        assertError(problems(member.postJson("/api/v1/panels/meetings/" + meeting + "/attendance",
                "{\"organisationId\":\"" + world.organisations().values().iterator().next().id()
                        + "\",\"role\":\"Police lead\",\"name\":\"DS Nair\",\"status\":\"LATE\"}")),
                "status", "LATE", "PRESENT, APOLOGIES, ABSENT");
    }

    @Test
    void escalationOnlyGoesToTheNextTier() throws Exception {
        assertError(problems(member.postJson("/api/v1/panels/meetings/" + meeting + "/items/" + item
                        + "/escalations", "{\"toPanelId\":\"" + panel + "\",\"reason\":\"Rising risk\"}")),
                "toPanelId", panel.toString(), "highest tier");
    }

    @Test
    void analyticsAndDuplicationFiltersAnswer400OnTheApiAndThePage() throws Exception {
        WebSession manager = WebSession.signIn(port, world.username("manager"), TestBorough.PASSWORD);
        assertError(problems(manager.get("/api/v1/panels/analytics?from=yesterday")), "from", "yesterday",
                "yyyy-mm-dd");
        assertError(problems(manager.get("/api/v1/panels/analytics?from=2026-05-01&to=2026-04-01")), "to",
                "2026-04-01", "on or after");
        assertError(problems(manager.get("/api/v1/panels/analytics.csv?table=children")), "table", "children",
                "attendance, actions, escalations");
        assertError(problems(manager.get("/api/v1/panels/duplication?months=forever")), "months", "forever",
                "from 1 to 36");
        assertError(problems(manager.get("/api/v1/panels/duplication?months=99")), "months", "99", "from 1 to 36");
        HttpResponse<String> page = manager.get("/panels/analytics?to=31/12/2026");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Must be a real date in the form yyyy-mm-dd").contains("31/12/2026");
        assertThat(manager.get("/panels/duplication?months=0").statusCode()).isEqualTo(400);
    }

    @Test
    void aPageFormWithMistakesIsShownAgainWithAnErrorSummary() {
        HttpResponse<String> page = member.postForm("/panels/meetings/" + meeting + "/attendance",
                java.util.Map.of("organisationId", "", "role", "", "name", "", "status", "PRESENT"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem").contains("Choose the organisation")
                .contains("Give the name of the person");
    }

    private JsonNode problems(HttpResponse<String> response) throws Exception {
        return problems(response, 400);
    }

    private JsonNode problems(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return status == 400 ? json.readTree(response.body()).get("errors") : null;
    }

    private static void assertError(JsonNode errors, String field, String value, String rule) {
        JsonNode match = null;
        for (JsonNode e : errors) {
            if (e.get("field").asText().equals(field)) {
                match = e;
            }
        }
        assertThat(match).as("an error naming " + field + " in " + errors).isNotNull();
        if (value != null) {
            assertThat(match.get("value").asText()).isEqualTo(value);
        }
        assertThat(match.get("message").asText()).contains(rule);
    }
}
