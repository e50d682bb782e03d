package org.reachable.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.reachable.access.Relationships;
import org.reachable.feeds.FeedsTestSupport;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.Identifier;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.PersonName;
import org.reachable.identity.Relationship;
import org.reachable.identity.Sex;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;

/** Children, contexts and links for context tests, recorded through the real API by signed-in users. */
final class ContextWorld {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Child(UUID id, String given, String family, LocalDate dateOfBirth, String nhs) {
        String name() {
            return given + " " + family;
        }
    }

    final TestBorough.World world;
    private final ChildRegister register;
    private final Relationships relationships;
    private final int port;

    ContextWorld(int port, TestBorough.World world, ChildRegister register, Relationships relationships) {
        this.port = port;
        this.world = world;
        this.register = register;
        this.relationships = relationships;
    }

    WebSession session(String user) {
        return WebSession.signIn(port, world.username(user), TestBorough.PASSWORD);
    }

    /** A child whose team includes {@code practitioner} (null: nobody), optionally with registered siblings. */
    Child child(String given, String family, String practitioner, Child... siblings) {
        UUID id = UUID.randomUUID();
        String nhs = FeedsTestSupport.uniqueNhsNumber();
        LocalDate dob = LocalDate.now().minusYears(15).minusDays(given.length() * 31L);
        List<Relationship> family_ = java.util.Arrays.stream(siblings)
                .map(s -> new Relationship(s.id(), s.name(), Relationship.Kind.SIBLING, true, false)).toList();
        register.loadAll(List.of(new ChildRecord(id, dob, Sex.M, Ethnicity.NOBT,
                List.of(new PersonName(PersonName.Kind.CURRENT, given, family + world.tag(), null, null)),
                List.of(new Identifier(IdentifierScheme.NHS, nhs, null)), List.of(), family_)));
        if (practitioner != null) {
            relationships.grant(id, world.userIds().get(practitioner), true, "Social worker",
                    LocalDate.now().minusMonths(1));
        }
        return new Child(id, given, family + world.tag(), dob, nhs);
    }

    UUID context(WebSession as, String kind, String name, String extra) {
        HttpResponse<String> r = as.postJson("/api/v1/contexts", """
                {"kind": "%s", "name": "%s", "description": "Recorded for a test.", "referredBy": "Youth worker, \
                Detached youth team"%s}""".formatted(kind, name, extra));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return UUID.fromString(read(r).get("id").asText());
    }

    UUID link(WebSession as, String fromChild, String fromContext, String toChild, String toContext, String within,
              String relation) {
        HttpResponse<String> r = as.postJson("/api/v1/contexts/links", """
                {"fromChild": %s, "fromContext": %s, "toChild": %s, "toContext": %s, "withinContext": %s,
                 "relation": "%s", "strength": "MODERATE", "source": "Youth worker observation at the park",
                 "statedBy": "A. Youth worker", "statedOn": "%s", "reviewBy": "%s"}""".formatted(q(fromChild),
                q(fromContext), q(toChild), q(toContext), q(within), relation, LocalDate.now().minusDays(10),
                LocalDate.now().plusMonths(3)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return UUID.fromString(read(r).get("id").asText());
    }

    static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String q(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
