package org.reachable.moments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reachable.moments.AlertScenarios.daysAgo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachable.access.ApiKeys;
import org.reachable.access.Relationships;
import org.reachable.agencies.OrganisationKind;
import org.reachable.feeds.FeedsTestSupport;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.Sex;
import org.reachable.moments.internal.MomentsRepository;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A pattern split across two records of one child is found when a person merges them: one missing episode reaches
 * the known child, another waits on a provisional record for review; neither alone raises "two or more missing
 * episodes within 30 days", the merge does, to the known child's lead practitioner.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergedChildrenAreJudgedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    ApiKeys keys;
    @Autowired
    ChildRegister register;
    @Autowired
    Relationships relationships;
    @Autowired
    MomentsRepository repository;
    @Autowired
    JdbcClient jdbc;

    private TestBorough.World world;
    private AlertScenarios scenarios;

    @BeforeAll
    void setUp() {
        world = borough.build();
        scenarios = new AlertScenarios(port, world, keys, register, relationships, repository, jdbc);
    }

    @Test
    void mergingTwoRecordsJudgesThePatternTheyMakeTogether() throws Exception {
        AlertScenarios.Child child = scenarios.child(Ethnicity.WBRI, Sex.F, true);
        scenarios.post(OrganisationKind.POLICE, child, "missing.episode", daysAgo(20), "{\"hoursMissing\": \"12\"}");
        // The same NHS number with another first name and year of birth: the matcher asks a person.
        String key = FeedsTestSupport.issueKey(keys, world.organisations().get(OrganisationKind.POLICE).id());
        HttpResponse<String> sent = FeedsTestSupport.post(port, key, "/api/v1/events", FeedsTestSupport.event(
                "niche", "MIS/" + UUID.randomUUID(), "Kwame", child.family(), child.dateOfBirth().minusYears(2).toString(),
                child.nhs(), "missing.episode", daysAgo(6), "{\"hoursMissing\": \"30\"}"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        UUID provisional = UUID.fromString(JSON.readTree(sent.body()).get("personId").asText());
        assertThat(provisional).as("sent for review as a provisional child").isNotEqualTo(child.id());
        awaitListeners();
        assertThat(alertsOf(child.id())).as("one missing episode on each record: no pattern yet").isZero();
        assertThat(alertsOf(provisional)).isZero();

        UUID reviewId = jdbc.sql("select id from identity_match_review where incoming_person_id = :p")
                .param("p", provisional).query(UUID.class).single();
        WebSession mash = WebSession.signIn(port, world.username("mash"), TestBorough.PASSWORD);
        HttpResponse<String> decided = mash.postForm("/identity/reviews/" + reviewId,
                Map.of("decision", "SAME", "reason", "Same NHS number; Kwame is the name she uses at home."));
        assertThat(decided.statusCode()).isEqualTo(302);

        Alert alert = scenarios.awaitOneAlert(child.id(), 1);
        assertThat(alert.findings()).extracting(Alert.Finding::ruleKey).containsExactly("repeated-missing");
        assertThat(alert.routedTo()).isEqualTo("TEAM");
        assertThat(alertsOf(provisional)).as("nothing for the merged record").isZero();
    }

    private long alertsOf(UUID personId) {
        return jdbc.sql("select count(*) from moments_alert where person_id = :p").param("p", personId)
                .query(Long.class).single();
    }

    /** Listeners run after commit, on other threads: wait until none is still to run. */
    private void awaitListeners() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline) && jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() > 0) {
            Thread.sleep(50);
        }
    }
}
