package org.reachable.chronology.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Contributors share information, see only their own submissions, and learn what became of them. */
@ReachableTest
class SubmissionsTest {

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    private TestBorough.World world;
    private WebSession contributor;

    @BeforeEach
    void setUp() {
        world = borough.build();
        contributor = WebSession.signIn(port, world.username("contributor"), TestBorough.PASSWORD);
    }

    @Test
    void aSubmissionWithTheChildsNhsNumberReachesTheirChronologyAndTheContributorLearnsItWasRead() throws Exception {
        HttpResponse<String> shared = contributor.postJson("/api/v1/submissions", submission(world.childANhsNumber(),
                dob()));
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(201);
        assertThat(json.readTree(shared.body()).get("status").asText()).isEqualTo("LINKED");

        assertThat(outcome()).contains("Not yet read");
        WebSession lead = WebSession.signIn(port, world.username("lead"), TestBorough.PASSWORD);
        JsonNode view = json.readTree(lead.get("/api/v1/children/" + world.childA() + "/chronology").body());
        assertThat(view.at("/entries/0/summary").asText()).isEqualTo("Amara told her form tutor older boys made her carry a package.");
        assertThat(view.at("/entries/0/sourceSystem").asText()).isEqualTo("reachable-submission");
        assertThat(outcome()).contains("read by the people working with the child");

        assertThat(contributor.get("/api/v1/children/" + world.childA() + "/chronology").statusCode()).isEqualTo(403);
    }

    @Test
    void aSubmissionThatIdentifiesNoOneIsKeptAwaitingIdentification() throws Exception {
        HttpResponse<String> shared = contributor.postJson("/api/v1/submissions", submission(null, dob()));
        assertThat(shared.statusCode()).isEqualTo(201);
        assertThat(json.readTree(shared.body()).get("status").asText()).isEqualTo("AWAITING_IDENTIFICATION");
        assertThat(jdbc.sql("select count(*) from chronology_submission where submitted_by = :u and status = 'AWAITING_IDENTIFICATION'")
                .param("u", world.userIds().get("contributor")).query(Long.class).single()).isEqualTo(1);
        assertThat(outcome()).contains("The MASH is identifying the child");
    }

    @Test
    void aMatchingNhsNumberWithTheWrongDateOfBirthIsNotAttachedToThatChild() throws Exception {
        HttpResponse<String> shared = contributor.postJson("/api/v1/submissions",
                submission(world.childANhsNumber(), "2012-01-01"));
        assertThat(json.readTree(shared.body()).get("status").asText()).isEqualTo("AWAITING_IDENTIFICATION");
    }

    @Test
    void badIdentifiersAreRefusedFieldByFieldAndNothingIsKept() throws Exception {
        HttpResponse<String> response = contributor.postJson("/api/v1/submissions", """
                {"givenNames":"Amara","familyName":"Okafor","dateOfBirth":"2031-01-01","nhsNumber":"1234567890",
                 "upn":"A12345678901B","event":{"type":"police.incident","occurredAt":"2025-01-01","summary":"x"}}""");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors.findValuesAsText("field")).contains("dateOfBirth", "nhsNumber", "upn", "details.role");
        assertThat(jdbc.sql("select count(*) from chronology_submission where submitted_by = :u")
                .param("u", world.userIds().get("contributor")).query(Long.class).single()).isZero();
    }

    private String outcome() throws Exception {
        return json.readTree(contributor.get("/api/v1/submissions").body()).at("/0/outcome").asText();
    }

    private String dob() {
        return jdbc.sql("select cast(date_of_birth as text) from identity_person where id = :id")
                .param("id", world.childA()).query(String.class).single();
    }

    private String submission(String nhs, String dob) {
        return """
                {"givenNames":"Amara","familyName":"Okafor","dateOfBirth":"%s",%s
                 "event":{"type":"online.harm-concern","occurredAt":"%s",
                          "summary":"Amara told her form tutor older boys made her carry a package.",
                          "childWords":"They said I owe them","details":{"kind":"EXPLOITATION"}}}"""
                .formatted(dob, nhs == null ? "" : "\"nhsNumber\":\"" + nhs + "\",", LocalDate.now());
    }
}
