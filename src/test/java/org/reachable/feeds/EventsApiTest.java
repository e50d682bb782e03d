package org.reachable.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachable.access.ApiKeys;
import org.reachable.agencies.OrganisationKind;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** POST /api/v1/events with an agency's API key: validation, linking, idempotency, provenance and audit. */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsApiTest {

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
    private String childADob;

    @BeforeAll
    void setUp() {
        world = borough.build();
        key = FeedsTestSupport.issueKey(keys, world.organisations().get(OrganisationKind.POLICE).id());
        childADob = jdbc.sql("select date_of_birth from identity_person where id = :id").param("id", world.childA())
                .query(LocalDate.class).single().toString();
    }

    @Test
    void aValidNhsNumberWithTheSameDateOfBirthLinksToTheKnownChildAndKeepsProvenance() throws Exception {
        String ref = "INC/" + UUID.randomUUID();
        HttpResponse<String> response = post(FeedsTestSupport.event("niche", ref, "Amara", "Okafor", childADob,
                world.childANhsNumber(), "police.incident", "2025-01-10T16:30", "{\"role\": \"VICTIM\"}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("link").asText()).isEqualTo("LINKED");
        assertThat(body.get("personId").asText()).isEqualTo(world.childA().toString());
        UUID eventId = UUID.fromString(body.get("eventId").asText());
        var row = jdbc.sql("""
                        select person_id, organisation_id, source_system, source_ref, recorded_by, type
                        from chronology_event where id = :id""").param("id", eventId).query().singleRow();
        assertThat(row.get("person_id")).isEqualTo(world.childA());
        assertThat(row.get("organisation_id")).isEqualTo(world.organisations().get(OrganisationKind.POLICE).id());
        assertThat(row.get("source_system")).isEqualTo("niche");
        assertThat(row.get("source_ref")).isEqualTo(ref);
        assertThat(row.get("recorded_by")).isEqualTo("PC 1234 Example");
        assertThat(jdbc.sql("""
                        select count(*) from access_audit where person_id = :p and action = 'WRITE'
                        and actor_role = 'AGENCY_SYSTEM' and resource = :r""")
                .param("p", world.childA()).param("r", "chronology/event/" + eventId).query(Long.class).single())
                .as("the write is audited as the agency's system").isEqualTo(1);
    }

    @Test
    void reSendingTheSameReferenceAnswersTheSameAndWritesNothing() throws Exception {
        String ref = "INC/" + UUID.randomUUID();
        String body = FeedsTestSupport.event("niche", ref, "Zed", "Newchild" + world.tag(), "2012-03-04",
                FeedsTestSupport.uniqueNhsNumber(), "police.stop-and-search", "2025-02-01", "{}");
        HttpResponse<String> first = post(body);
        HttpResponse<String> second = post(body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        JsonNode a = JSON.readTree(first.body());
        JsonNode b = JSON.readTree(second.body());
        assertThat(a.get("link").asText()).isEqualTo("NEW");
        assertThat(b.get("eventId")).isEqualTo(a.get("eventId"));
        assertThat(b.get("personId")).isEqualTo(a.get("personId"));
        assertThat(b.get("duplicate").asBoolean()).isTrue();
        assertThat(events("niche", ref)).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesWriteOneEventAndOneChild() throws Exception {
        String ref = "INC/" + UUID.randomUUID();
        String family = "Racer" + world.tag();
        String body = FeedsTestSupport.event("niche", ref, "Ola", family, "2011-06-07",
                FeedsTestSupport.uniqueNhsNumber(), "police.custody", "2025-02-01", "{}");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(pool.submit((Callable<HttpResponse<String>>) () -> post(body)));
        }
        List<String> eventIds = new ArrayList<>();
        for (Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
            eventIds.add(JSON.readTree(r.body()).get("eventId").asText());
        }
        pool.shutdown();
        assertThat(eventIds).containsOnly(eventIds.getFirst());
        assertThat(events("niche", ref)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from identity_name where family_name = :f").param("f", family)
                .query(Long.class).single()).as("one child registered").isEqualTo(1);
    }

    @Test
    void aSimilarNameWithoutAnIdentifierIsSentForReviewAsANewProvisionalChild() throws Exception {
        String mistyped = "Okafor" + (world.tag().charAt(0) == 'b' ? 'c' : 'b') + world.tag().substring(1);
        HttpResponse<String> response = post(FeedsTestSupport.event("niche", "INC/" + UUID.randomUUID(), "Ama",
                mistyped, childADob, null, "police.custody", "2025-03-01", "{}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("link").asText()).isEqualTo("REVIEW");
        UUID provisional = UUID.fromString(body.get("personId").asText());
        assertThat(provisional).as("never attached to the known child").isNotEqualTo(world.childA());
        assertThat(jdbc.sql("""
                        select count(*) from identity_match_review
                        where incoming_person_id = :p and candidate_person_id = :c and status = 'OPEN'""")
                .param("p", provisional).param("c", world.childA()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameNameAndDateOfBirthWithoutAnIdentifierLinksToTheKnownChild() throws Exception {
        HttpResponse<String> response = post(FeedsTestSupport.event("niche", "INC/" + UUID.randomUUID(), "Amara",
                "Okafor" + world.tag(), childADob, null, "police.custody", "2025-03-01", "{}"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("link").asText()).isEqualTo("LINKED");
        assertThat(body.get("personId").asText()).isEqualTo(world.childA().toString());
    }

    @Test
    void theNhsNumberOfAChildWithAnotherDateOfBirthIsSentForReview() throws Exception {
        HttpResponse<String> response = post(FeedsTestSupport.event("niche", "INC/" + UUID.randomUUID(), "Amara",
                "Okafor", "2013-01-01", world.childANhsNumber(), "police.custody", "2025-03-01", "{}"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("link").asText()).isEqualTo("REVIEW");
        assertThat(body.get("personId").asText()).isNotEqualTo(world.childA().toString());
    }

    @Test
    void badInputNamesEveryFieldValueAndRuleAndWritesNothing() throws Exception {
        String ref = "INC/" + UUID.randomUUID();
        HttpResponse<String> response = post(FeedsTestSupport.event("niche", ref, "", "Okafor", "1890-01-01",
                "1234567890", "police.nonsense", "2999-01-01", "{}"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).contains("application/problem+json"));
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("person.givenNames", "person.dateOfBirth", "person.identifiers.NHS",
                "event.type", "event.occurredAt");
        assertThat(response.body()).contains("modulus-11").contains("1890-01-01");
        assertThat(events("niche", ref)).isZero();
        assertThat(post("{not json").statusCode()).isEqualTo(400);
    }

    @Test
    void aReferenceAnotherOrganisationUsedIsRefusedWithoutSayingAnythingAboutIt() throws Exception {
        String ref = "INC/" + UUID.randomUUID();
        String body = FeedsTestSupport.event("shared-system", ref, "Bo", "Other" + world.tag(), "2012-01-01", null,
                "police.custody", "2025-03-01", "{}");
        assertThat(post(body).statusCode()).isEqualTo(201);
        String otherKey = FeedsTestSupport.issueKey(keys, world.organisations().get(OrganisationKind.SCHOOL).id());
        HttpResponse<String> response = FeedsTestSupport.post(port, otherKey, "/api/v1/events", body);
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).doesNotContain("personId");
    }

    @Test
    void aKeyOpensNothingButTheEventsEndpointAndUnknownOrRevokedKeysAreRefused() {
        assertThat(FeedsTestSupport.get(port, key, "/api/v1/children?name=Okafor").statusCode()).isEqualTo(403);
        assertThat(FeedsTestSupport.get(port, key, "/api/v1/me").statusCode()).isEqualTo(403);
        assertThat(FeedsTestSupport.get(port, key, "/").statusCode()).isEqualTo(403);
        assertThat(FeedsTestSupport.post(port, "rk_not-a-real-key", "/api/v1/events", "{}").statusCode())
                .isEqualTo(401);
        UUID gp = world.organisations().get(OrganisationKind.GP).id();
        String revoked = FeedsTestSupport.issueKey(keys, gp);
        org.reachable.access.TestUsers.signIn(org.reachable.access.Role.ADMIN);
        try {
            keys.all().stream().filter(k -> revoked.startsWith(k.prefix().replace("…", "")))
                    .forEach(k -> keys.revoke(k.id()));
        } finally {
            org.reachable.access.TestUsers.signOut();
        }
        assertThat(FeedsTestSupport.post(port, revoked, "/api/v1/events", "{}").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(String json) {
        return FeedsTestSupport.post(port, key, "/api/v1/events", json);
    }

    private long events(String system, String ref) {
        return jdbc.sql("select count(*) from chronology_event where source_system = :s and source_ref = :r")
                .param("s", system).param("r", ref).query(Long.class).single();
    }
}
