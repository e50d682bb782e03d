package org.reachable.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachable.access.ApiKeys;
import org.reachable.agencies.OrganisationKind;
import org.reachable.feeds.FeedsTestSupport;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An ED stab-wound attendance for a record the matcher was unsure of opens a contact about a provisional child. When
 * the MASH decides it is a known child, the contact (and the MASH's access that comes with it) moves to that child;
 * when the merge is undone, exactly that contact moves back.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactsFollowMergesTest {

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

    @BeforeAll
    void setUp() {
        world = borough.build();
    }

    @Test
    void aContactMovesWithTheMergeAndBackWithTheUnmerge() throws Exception {
        String key = FeedsTestSupport.issueKey(keys, world.organisations().get(OrganisationKind.EMERGENCY_DEPARTMENT)
                .id());
        // Child A's NHS number with another first name and date of birth: the matcher asks a person.
        HttpResponse<String> sent = FeedsTestSupport.post(port, key, "/api/v1/events", FeedsTestSupport.event(
                "symphony", "ED/" + UUID.randomUUID(), "Ama", "Okafor" + world.tag(), "2013-01-01",
                world.childANhsNumber(), "health.ed-attendance", LocalDate.now().minusDays(1) + "T22:40",
                "{\"reason\": \"SHARP_OBJECT_INJURY\"}"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        UUID provisional = UUID.fromString(JSON.readTree(sent.body()).get("personId").asText());
        UUID eventId = UUID.fromString(JSON.readTree(sent.body()).get("eventId").asText());
        assertThat(provisional).isNotEqualTo(world.childA());
        UUID contact = awaitContactFor(eventId);
        assertThat(personOf(contact)).isEqualTo(provisional);

        WebSession mash = WebSession.signIn(port, world.username("mash"), TestBorough.PASSWORD);
        assertThat(mash.get("/api/v1/children/" + world.childA() + "/chronology").statusCode())
                .as("no open contact about child A yet").isEqualTo(403);

        UUID reviewId = jdbc.sql("select id from identity_match_review where incoming_person_id = :p")
                .param("p", provisional).query(UUID.class).single();
        assertThat(mash.postForm("/identity/reviews/" + reviewId, Map.of("decision", "SAME",
                "reason", "Same NHS number; the hospital took the date of birth from a friend.")).statusCode())
                .isEqualTo(302);

        assertThat(personOf(contact)).as("the contact is about child A now").isEqualTo(world.childA());
        assertThat(mash.get("/api/v1/children/" + world.childA() + "/chronology").statusCode())
                .as("the MASH's access moved with the contact").isEqualTo(200);

        UUID mergeId = jdbc.sql("select id from identity_merge where merged_id = :p").param("p", provisional)
                .query(UUID.class).single();
        assertThat(mash.postForm("/identity/merges/" + mergeId + "/unmerge",
                Map.of("reason", "The hospital confirmed this was a different girl, Ama, aged 13.")).statusCode())
                .isEqualTo(302);

        assertThat(personOf(contact)).as("moved back with the unmerge").isEqualTo(provisional);
        assertThat(mash.get("/api/v1/children/" + world.childA() + "/chronology").statusCode())
                .as("and the access to child A went with it").isEqualTo(403);
    }

    private UUID personOf(UUID contact) {
        return jdbc.sql("select person_id from frontdoor_contact where id = :c").param("c", contact)
                .query(UUID.class).single();
    }

    /** The contact is opened after the event commits, on another thread. */
    private UUID awaitContactFor(UUID eventId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            Optional<UUID> found = jdbc.sql("select id from frontdoor_contact where source_event_id = :e")
                    .param("e", eventId).query(UUID.class).optional();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no contact opened for event " + eventId);
    }
}
