package org.reachable.chronology.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wrong input to "add an entry" gets field-level errors (field, value, rule) in the API and the page; nothing is written. */
@ReachableTest
class RecordEventBadInputTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    private TestBorough.World world;
    private WebSession lead;

    @BeforeEach
    void setUp() {
        world = borough.build();
        lead = WebSession.signIn(port, world.username("lead"), TestBorough.PASSWORD);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown type        | {"type":"police.nonsense","occurredAt":"2025-01-01","summary":"x"}                                  | type        | police.nonsense
            impossible date     | {"type":"police.arrest","occurredAt":"2025-02-30","summary":"x"}                                    | occurredAt  | 2025-02-30
            future date         | {"type":"police.arrest","occurredAt":"2999-01-01","summary":"x"}                                    | occurredAt  | 2999-01-01
            before birth        | {"type":"police.arrest","occurredAt":"1990-01-01","summary":"x"}                                    | occurredAt  | 1990-01-01
            missing summary     | {"type":"police.arrest","occurredAt":"2025-01-01"}                                                  | summary     |
            unknown code        | {"type":"police.incident","occurredAt":"2025-01-01","summary":"x","details":{"role":"BYSTANDER"}}   | details.role | BYSTANDER
            missing required    | {"type":"police.incident","occurredAt":"2025-01-01","summary":"x"}                                  | details.role |
            unknown detail      | {"type":"police.arrest","occurredAt":"2025-01-01","summary":"x","details":{"colour":"red"}}         | details.colour | red
            percentage over 100 | {"type":"education.attendance-below-threshold","occurredAt":"2025-01-01","summary":"x","details":{"percentage":"140"}} | details.percentage | 140
            bad sensitivity     | {"type":"police.arrest","occurredAt":"2025-01-01","summary":"x","sensitivity":"SECRET"}             | sensitivity | SECRET
            wrong JSON type     | {"type":"police.arrest","occurredAt":"2025-01-01","summary":"x","details":["a"]}                    | details     |
            """)
    void apiAnswers400NamingTheFieldAndWritesNothing(String name, String body, String field, String value)
            throws Exception {
        long before = events();
        HttpResponse<String> response = lead.postJson("/api/v1/children/" + world.childA() + "/events", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).contains("application/problem+json"));
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors).isNotEmpty();
        assertThat(errors.findValuesAsText("field")).contains(field);
        if (value != null) {
            assertThat(errors.findValuesAsText("value")).contains(value);
        }
        assertThat(errors.findValuesAsText("message")).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void oversizedTextIsRefusedWithTheLimit() throws Exception {
        long before = events();
        String huge = "a".repeat(4_001);
        HttpResponse<String> response = lead.postJson("/api/v1/children/" + world.childA() + "/events",
                json.writeValueAsString(Map.of("type", "police.arrest", "occurredAt", "2025-01-01", "summary", huge)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).at("/errors/0/message").asText())
                .isEqualTo("Must be 4000 characters or fewer (it has 4001)");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedBeforeItIsRead() throws Exception {
        long before = events();
        String huge = json.writeValueAsString(Map.of("type", "police.arrest", "occurredAt", "2025-01-01",
                "summary", "a".repeat(1_100_000)));
        HttpResponse<String> response = lead.postJson("/api/v1/children/" + world.childA() + "/events", huge);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("over 1 MB");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsA400NotA500() {
        HttpResponse<String> response = lead.postJson("/api/v1/children/" + world.childA() + "/events", "{not json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not valid JSON");
    }

    @Test
    void thePageShowsAnErrorSummaryAndFieldMessagesAndWritesNothing() {
        long before = events();
        HttpResponse<String> page = lead.postForm("/children/" + world.childA() + "/events", Map.of(
                "type", "police.incident", "occurredAt", "2999-12-31", "summary", "", "details.role", "BYSTANDER"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary").contains("There is a problem")
                .contains("Must not be in the future").contains("2999-12-31").contains("Enter what happened")
                .contains("href=\"#details.role\"").contains("id=\"occurredAt-error\"");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void validInputIsWrittenOnceWithProvenance() {
        long before = events();
        HttpResponse<String> response = lead.postJson("/api/v1/children/" + world.childA() + "/events", """
                {"type":"help.offer","occurredAt":"%s","summary":"Offered a youth worker mentor.",
                 "childWords":"I'd like someone to talk to","details":{"response":"ACCEPTED","service":"Mentoring"}}"""
                .formatted(LocalDate.now()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(events()).isEqualTo(before + 1);
        Map<String, Object> row = jdbc.sql("""
                        select source_system, recorded_by, recorder_user_id, details ->> 'response' as response
                        from chronology_event where person_id = :p and type = 'help.offer'""")
                .param("p", world.childA()).query().singleRow();
        assertThat(row.get("source_system")).isEqualTo("reachable");
        assertThat(row.get("recorded_by").toString()).startsWith("lead " + world.tag());
        assertThat(row.get("recorder_user_id")).isEqualTo(world.userIds().get("lead"));
        assertThat(row.get("response")).isEqualTo("ACCEPTED");
    }

    private long events() {
        return jdbc.sql("select count(*) from chronology_event where person_id = :p").param("p", world.childA())
                .query(Long.class).single();
    }
}
