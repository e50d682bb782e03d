package org.reachable.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachable.access.ApiKeys;
import org.reachable.agencies.OrganisationKind;
import org.reachable.feeds.FeedsTestSupport;
import org.reachable.support.AfterCommitListeners;
import org.reachable.support.Browser;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily meeting sees the last 24 hours' police, ED, ambulance, custody and missing reports as they arrive through
 * the events API, not other events; actions are recorded against an incident with an owner.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyMeetingTest {

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
    private WebSession mash;

    @BeforeAll
    void setUp() {
        world = borough.build();
        mash = WebSession.signIn(port, world.username("mash"), TestBorough.PASSWORD);
    }

    @Test
    void incidentsOfTheLastDayAppearWithTheirActions() throws Exception {
        String police = FeedsTestSupport.issueKey(keys, world.organisations().get(OrganisationKind.POLICE).id());
        String health = FeedsTestSupport.issueKey(keys, world.organisations().get(OrganisationKind.CAMHS).id());
        String family = "Meeting" + world.tag();
        String twoHoursAgo = LocalDateTime.now(WorkingDays.LONDON).minusHours(2).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        List<UUID> sent = List.of(
                accepted(FeedsTestSupport.post(port, police, "/api/v1/events", FeedsTestSupport.event("niche",
                        "MISS/" + UUID.randomUUID(), "Rhys", family, "2009-01-01", null, "missing.episode",
                        twoHoursAgo, "{\"hoursMissing\": \"6\"}"))),
                accepted(FeedsTestSupport.post(port, health, "/api/v1/events", FeedsTestSupport.event("rio",
                        "CAMHS/" + UUID.randomUUID(), "Rhys", family, "2009-01-01", null,
                        "health.camhs-assessment", twoHoursAgo, "{}"))),
                accepted(FeedsTestSupport.post(port, police, "/api/v1/events", FeedsTestSupport.event("niche",
                        "INC/" + UUID.randomUUID(), "Old", "News" + world.tag(), "2009-01-01", null,
                        "police.incident", LocalDate.now().minusDays(30).toString(),
                        "{\"role\": \"WITNESS\"}"))));
        AfterCommitListeners.awaitHandled(jdbc, sent);

        JsonNode incidents = JSON.readTree(mash.get("/api/v1/frontdoor/daily-meeting").body());
        JsonNode missing = null;
        int camhs = 0;
        boolean lateArrival = false;
        for (JsonNode i : incidents) {
            if (i.get("childName").asText().contains(family)) {
                if (i.get("type").asText().equals("missing.episode")) {
                    missing = i;
                } else {
                    camhs++;
                }
            }
            lateArrival |= i.get("childName").asText().contains("News" + world.tag());
        }
        assertThat(missing).as("the missing episode is on the meeting's list").isNotNull();
        assertThat(camhs).as("a CAMHS assessment is not an incident for the meeting").isZero();
        assertThat(lateArrival).as("an incident that happened earlier but arrived today is news").isTrue();

        String eventId = missing.get("eventId").asText();
        HttpResponse<String> action = mash.postJson("/api/v1/frontdoor/daily-meeting/incidents/" + eventId
                + "/actions", "{\"action\": \"Return home interview within 72 hours\", \"owner\": \"Barnardo's\"}");
        assertThat(action.statusCode()).as(action.body()).isEqualTo(201);
        HttpResponse<String> blank = mash.postJson("/api/v1/frontdoor/daily-meeting/incidents/" + eventId
                + "/actions", "{\"action\": \"\"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("\"field\":\"action\"").contains("\"field\":\"owner\"");
        assertThat(mash.get("/api/v1/frontdoor/daily-meeting").body())
                .contains("Return home interview within 72 hours");

        try (Browser browser = Browser.open(port)) {
            browser.signIn(world.username("mash"), TestBorough.PASSWORD);
            browser.go("/frontdoor/daily-meeting");
            assertThat(browser.driver().findElement(org.openqa.selenium.By.id("incident-" + eventId)).getText())
                    .contains("Missing episode").contains("Return home interview").contains("Barnardo's");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    /** The id of the event the API accepted. */
    private static UUID accepted(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(response.body()).get("eventId").asText());
    }
}
