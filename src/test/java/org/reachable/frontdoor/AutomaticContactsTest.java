package org.reachable.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachable.access.ApiKeys;
import org.reachable.agencies.OrganisationKind;
import org.reachable.feeds.FeedsTestSupport;
import org.reachable.support.AfterCommitListeners;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events posted to the real events API open a front-door contact at once: an ED sharp-object attendance, an ambulance
 * call-out to suspected youth violence, a child brought into custody. The MASH sees it on the queue API with its source
 * event. How long that takes is measured by bench/frontdoor-latency.sh, not here.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutomaticContactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long to wait for the contact before calling it missing; a wait, not a measurement. */
    private static final long WAIT_MILLIS = 10_000;

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
    void anEdSharpObjectAttendanceReachesTheMashQueueWithItsSourceEvent() throws Exception {
        String key = FeedsTestSupport.issueKey(keys, world.organisations().get(OrganisationKind.EMERGENCY_DEPARTMENT)
                .id());
        String family = "Adeyemi" + world.tag();
        // Only contacts received from now on: imports earlier in the run can leave hundreds open, due the same day,
        // and the queue shows the most pressing first.
        String since = java.time.Instant.now().minusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        HttpResponse<String> posted = FeedsTestSupport.post(port, key, "/api/v1/events", FeedsTestSupport.event(
                "symphony", "ED/" + UUID.randomUUID(), "Kayode", family, "2009-06-02",
                FeedsTestSupport.uniqueNhsNumber(), "health.ed-attendance",
                LocalDate.now().minusDays(1) + "T23:10", "{\"reason\": \"SHARP_OBJECT_INJURY\"}"));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(posted.body());
        UUID eventId = UUID.fromString(receipt.get("eventId").asText());
        UUID personId = UUID.fromString(receipt.get("personId").asText());

        JsonNode item = pollQueueFor(family, since);
        assertThat(item).as("contact on the MASH queue").isNotNull();
        assertThat(item.get("origin").asText()).isEqualTo("AUTOMATIC");
        assertThat(item.get("sourceEventType").asText()).isEqualTo("health.ed-attendance");
        assertThat(item.get("personId").asText()).isEqualTo(personId.toString());
        assertThat(jdbc.sql("select source_event_id from frontdoor_contact where id = :id")
                .param("id", UUID.fromString(item.get("contactId").asText())).query(UUID.class).single())
                .isEqualTo(eventId);
        assertThat(mash.get("/api/v1/children/" + personId + "/chronology").statusCode())
                .as("the automatic contact opens the record to the MASH").isEqualTo(200);
    }

    @Test
    void custodyAndAmbulanceCallOutsToViolenceOpenContactsAndAnIllnessDoesNot() throws Exception {
        String police = FeedsTestSupport.issueKey(keys, world.organisations().get(OrganisationKind.POLICE).id());
        String ambulance = FeedsTestSupport.issueKey(keys, world.organisations()
                .get(OrganisationKind.EMERGENCY_DEPARTMENT).id());
        String when = LocalDate.now().minusDays(1) + "T20:00";
        UUID custody = person(FeedsTestSupport.post(port, police, "/api/v1/events", FeedsTestSupport.event("niche",
                "CUST/" + UUID.randomUUID(), "Leon", "Custody" + world.tag(), "2008-01-09", null, "police.custody",
                when, "{}")));
        UUID callout = person(FeedsTestSupport.post(port, ambulance, "/api/v1/events", FeedsTestSupport.event(
                "cad", "AMB/" + UUID.randomUUID(), "Mo", "Callout" + world.tag(), "2010-02-11", null,
                "health.ambulance-callout", when, "{\"suspectedViolence\": \"yes\"}")));
        UUID illness = person(FeedsTestSupport.post(port, ambulance, "/api/v1/events", FeedsTestSupport.event(
                "symphony", "ED/" + UUID.randomUUID(), "Ava", "Illness" + world.tag(), "2012-03-03", null,
                "health.ed-attendance", when, "{\"reason\": \"ILLNESS\"}")));
        AfterCommitListeners.awaitHandled(jdbc, sent);
        assertThat(contacts(custody)).isEqualTo(1);
        assertThat(contacts(callout)).isEqualTo(1);
        assertThat(contacts(illness)).isZero();
    }

    /** The events sent by a test, whose listeners it waits for. */
    private final List<UUID> sent = new java.util.concurrent.CopyOnWriteArrayList<>();

    private UUID person(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(response.body());
        sent.add(UUID.fromString(receipt.get("eventId").asText()));
        return UUID.fromString(receipt.get("personId").asText());
    }

    private long contacts(UUID personId) {
        return jdbc.sql("select count(*) from frontdoor_contact where person_id = :p and origin = 'AUTOMATIC'")
                .param("p", personId).query(Long.class).single();
    }

    private JsonNode pollQueueFor(String familyName, String since) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> queue = mash.get("/api/v1/frontdoor/contacts?since=" + since);
            assertThat(queue.statusCode()).isEqualTo(200);
            for (JsonNode item : JSON.readTree(queue.body())) {
                if (item.get("childName").asText().contains(familyName)) {
                    return item;
                }
            }
            Thread.sleep(20);
        }
        return null;
    }
}
