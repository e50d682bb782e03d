package org.reachable.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.reachable.access.ApiKeys;
import org.reachable.agencies.OrganisationKind;
import org.reachable.feeds.FeedsTestSupport;
import org.reachable.support.Browser;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review queue end to end over HTTP: an uncertain agency record waits as a provisional child; MASH decides it is
 * the known child, and its event appears on that child's chronology; the merge turns out wrong, is undone, the event
 * goes back, and the practitioner who looked in between is told. Every step is audited.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchReviewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestBorough borough;
    @Autowired
    ApiKeys keys;
    @Autowired
    JdbcClient jdbc;

    private TestBorough.World world;
    private String key;

    @BeforeAll
    void setUp() {
        world = borough.build();
        key = FeedsTestSupport.issueKey(keys, world.organisations().get(OrganisationKind.POLICE).id());
    }

    @Test
    void mergeMovesTheEventsAndUnmergeMovesThemBackAndTellsWhoLooked() throws Exception {
        String summaryMarker = "custody-" + UUID.randomUUID();
        HttpResponse<String> sent = FeedsTestSupport.post(port, key, "/api/v1/events", FeedsTestSupport.event("niche",
                "INC/" + UUID.randomUUID(), "Ama", "Okafor" + world.tag(), "2013-01-01", world.childANhsNumber(),
                "police.custody",
                "2025-03-01", "{}").replace("Reported by the agency's system.", summaryMarker));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        UUID provisional = UUID.fromString(JSON.readTree(sent.body()).get("personId").asText());
        UUID reviewId = jdbc.sql("select id from identity_match_review where incoming_person_id = :p")
                .param("p", provisional).query(UUID.class).single();

        WebSession mash = WebSession.signIn(port, world.username("mash"), TestBorough.PASSWORD);
        WebSession lead = WebSession.signIn(port, world.username("lead"), TestBorough.PASSWORD);
        assertThat(lead.get("/children/" + world.childA()).body()).doesNotContain(summaryMarker);
        assertThat(mash.get("/identity/reviews").body()).contains("/identity/reviews/" + reviewId);
        String side = mash.get("/identity/reviews/" + reviewId).body();
        assertThat(side).contains("Are these the same child?").contains("Okafor" + world.tag())
                .contains(world.childANhsNumber());

        HttpResponse<String> refused = mash.postForm("/identity/reviews/" + reviewId, Map.of("decision", "SAME"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Say what you based the decision on");
        assertThat(mergesOf(world.childA())).isZero();

        HttpResponse<String> decided = mash.postForm("/identity/reviews/" + reviewId,
                Map.of("decision", "SAME", "reason", "Same name, date of birth and school; police confirmed."));
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(lead.get("/children/" + world.childA()).body()).contains(summaryMarker);
        assertThat(eventsOf(provisional)).isZero();
        assertThat(mash.get("/children?name=Okafor" + world.tag()).body())
                .as("the merged record no longer comes up in search").doesNotContain(provisional.toString());
        HttpResponse<String> again = FeedsTestSupport.post(port, key, "/api/v1/events", FeedsTestSupport.event(
                "niche", "INC/" + UUID.randomUUID(), "Ama", "Okafor" + world.tag(), "2013-01-01", null,
                "police.custody", "2025-03-02", "{}"));
        assertThat(JSON.readTree(again.body()).get("personId").asText())
                .as("the merged record answers for the child it was merged into").isEqualTo(world.childA().toString());

        UUID mergeId = jdbc.sql("select id from identity_merge where merged_id = :p").param("p", provisional)
                .query(UUID.class).single();
        HttpResponse<String> separated = mash.postForm("/identity/merges/" + mergeId + "/unmerge",
                Map.of("reason", "The school says this is a different Amara in Year 7."));
        assertThat(separated.statusCode()).isEqualTo(302);
        assertThat(eventsOf(provisional)).isEqualTo(1);
        String after = lead.get("/children/" + world.childA()).body();
        assertThat(after).doesNotContain(summaryMarker)
                .contains("This record was wrongly merged with another child")
                .contains("also showed <span>1</span> entries");
        assertThat(lead.get("/children/" + world.childA()).body()).as("told once")
                .doesNotContain("This record was wrongly merged");

        assertThat(jdbc.sql("""
                        select count(*) from access_audit where resource in (:resources) and action = 'WRITE'""")
                .param("resources", List.of("identity/reviews/" + reviewId, "identity/merges/" + mergeId))
                .query(Long.class).single()).as("decision, merge and both sides of the unmerge audited")
                .isEqualTo(4);
    }

    @Test
    void theReviewPagesHaveNoSeriousAccessibilityViolations() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(world.username("manager"), TestBorough.PASSWORD);
            browser.go("/identity/reviews");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.go("/identity/merges");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            UUID anyOpen = jdbc.sql("select id from identity_match_review where status = 'OPEN' limit 1")
                    .query(UUID.class).optional().orElse(null);
            if (anyOpen != null) {
                browser.go("/identity/reviews/" + anyOpen);
                browser.driver().findElement(By.cssSelector("main form[method=post] button[type=submit]")).click();
                assertThat(browser.driver().findElement(By.className("govuk-error-summary")).getText())
                        .contains("Choose whether these are the same child");
                assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            }
        }
    }

    private long mergesOf(UUID child) {
        return jdbc.sql("select count(*) from identity_merge where survivor_id = :c").param("c", child)
                .query(Long.class).single();
    }

    private long eventsOf(UUID person) {
        return jdbc.sql("select count(*) from chronology_event where person_id = :p").param("p", person)
                .query(Long.class).single();
    }
}
