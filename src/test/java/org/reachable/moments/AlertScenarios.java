package org.reachable.moments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.reachable.access.ApiKeys;
import org.reachable.access.Relationships;
import org.reachable.agencies.OrganisationKind;
import org.reachable.feeds.FeedsTestSupport;
import org.reachable.identity.Address;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.Identifier;
import org.reachable.identity.IdentifierScheme;
import org.reachable.identity.PersonName;
import org.reachable.identity.Sex;
import org.reachable.moments.internal.MomentsRepository;
import org.reachable.support.TestBorough;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Children registered for a test, events about them sent through the real events API, and waiting for alerts. */
public final class AlertScenarios {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A registered child, as an agency's system would describe them. */
    public record Child(UUID id, String given, String family, LocalDate dateOfBirth, String nhs) {
    }

    private final int port;
    private final TestBorough.World world;
    private final ChildRegister register;
    private final Relationships relationships;
    private final MomentsRepository repository;
    private final JdbcClient jdbc;
    private final Map<OrganisationKind, String> keys;

    public AlertScenarios(int port, TestBorough.World world, ApiKeys apiKeys, ChildRegister register,
                   Relationships relationships, MomentsRepository repository, JdbcClient jdbc) {
        this.port = port;
        this.world = world;
        this.register = register;
        this.relationships = relationships;
        this.repository = repository;
        this.jdbc = jdbc;
        this.keys = Map.of(
                OrganisationKind.SCHOOL, key(apiKeys, OrganisationKind.SCHOOL),
                OrganisationKind.POLICE, key(apiKeys, OrganisationKind.POLICE),
                OrganisationKind.EMERGENCY_DEPARTMENT, key(apiKeys, OrganisationKind.EMERGENCY_DEPARTMENT),
                OrganisationKind.HOUSING, key(apiKeys, OrganisationKind.HOUSING));
    }

    /** A permanent exclusion (school), a missing episode (police) and an ED assault attendance (health). */
    public void exclusionMissingAndAssault(Child child) throws Exception {
        post(OrganisationKind.SCHOOL, child, "education.permanent-exclusion", daysAgo(20), "{\"reason\": \"PP\"}");
        post(OrganisationKind.POLICE, child, "missing.episode", daysAgo(12), "{\"hoursMissing\": \"30\"}");
        post(OrganisationKind.EMERGENCY_DEPARTMENT, child, "health.ed-attendance", daysAgo(3),
                "{\"reason\": \"ASSAULT\"}");
    }

    public void post(OrganisationKind agency, Child child, String type, String occurredAt, String details) throws Exception {
        HttpResponse<String> response = FeedsTestSupport.post(port, keys.get(agency), "/api/v1/events",
                FeedsTestSupport.event(agency.name().toLowerCase(), "REF/" + UUID.randomUUID(), child.given(),
                        child.family(), child.dateOfBirth().toString(), child.nhs(), type, occurredAt, details));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("personId").asText()).isEqualTo(child.id().toString());
    }

    /** Alerts are raised after the events commit, on another thread: wait for the findings to appear. */
    public Alert awaitOneAlert(UUID personId, int findings) throws InterruptedException {
        Supplier<List<UUID>> ids = () -> jdbc.sql("select id from moments_alert where person_id = :p")
                .param("p", personId).query(UUID.class).list();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            List<UUID> found = ids.get();
            if (found.size() == 1 && jdbc.sql("select count(*) from moments_finding where alert_id = :a")
                    .param("a", found.getFirst()).query(Long.class).single() >= findings) {
                Thread.sleep(300); // anything still in flight would show now
                break;
            }
            Thread.sleep(50);
        }
        List<UUID> found = ids.get();
        assertThat(found).as("one alert for the child").hasSize(1);
        Alert alert = repository.find(found.getFirst()).orElseThrow();
        assertThat(alert.findings()).hasSize(findings);
        return alert;
    }

    public Child child(Ethnicity ethnicity, Sex sex, boolean withLeadPractitioner) {
        return child(ethnicity, sex, withLeadPractitioner, "E17 4AA");
    }

    public Child child(Ethnicity ethnicity, Sex sex, boolean withLeadPractitioner, String postcode) {
        UUID id = UUID.randomUUID();
        String nhs = FeedsTestSupport.uniqueNhsNumber();
        String family = "Moment" + world.tag() + letters();
        LocalDate dob = LocalDate.now().minusYears(15).minusDays(100);
        register.loadAll(List.of(new ChildRecord(id, dob, sex, ethnicity,
                List.of(new PersonName(PersonName.Kind.CURRENT, "Sam", family, null, null)),
                List.of(new Identifier(IdentifierScheme.NHS, nhs, null)),
                List.of(new Address("1 High Street", "London", postcode, null, dob, null)), List.of())));
        if (withLeadPractitioner) {
            relationships.grant(id, world.userIds().get("lead"), true, "Social worker", LocalDate.now());
        }
        return new Child(id, "Sam", family, dob, nhs);
    }

    public static String daysAgo(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).atZone(java.time.ZoneId.of("Europe/London"))
                .toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private String key(ApiKeys apiKeys, OrganisationKind kind) {
        return FeedsTestSupport.issueKey(apiKeys, world.organisations().get(kind).id());
    }

    private static String letters() {
        java.util.Random random = new java.util.Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
