package org.reachable.chronology.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.chronology.EventType;
import org.reachable.chronology.KeyFacts;
import org.reachable.chronology.Sensitivity;

/** Key facts from events, with a fixed "today" so the results never depend on when the test runs. */
class KeyFactsCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Organisation SCHOOL = new Organisation(UUID.randomUUID(), "S", "Leyton High", OrganisationKind.SCHOOL, null, null);
    private static final Organisation PRU = new Organisation(UUID.randomUUID(), "P", "Hawkswood PRU", OrganisationKind.PUPIL_REFERRAL_UNIT, null, null);
    private static final Organisation OTHER = new Organisation(UUID.randomUUID(), "O", "Other", OrganisationKind.POLICE, null, null);

    private final List<ChronologyEvent> events = new ArrayList<>();

    @Test
    void anEndedPlanIsNotOpenButAnEarlierStillOpenOneIs() {
        add(EventType.CIN_START, OTHER, "2025-01-10", Map.of());
        add(EventType.CP_START, OTHER, "2025-03-01", Map.of());
        add(EventType.CP_END, OTHER, "2025-09-01", Map.of());
        assertThat(facts().socialCare()).isEqualTo(new KeyFacts.Fact("Child in need plan", LocalDate.of(2025, 1, 10)));
        add(EventType.CLA_START, OTHER, "2026-01-02", Map.of());
        assertThat(facts().socialCare().text()).isEqualTo("Looked after");
        add(EventType.CLA_END, OTHER, "2026-02-02", Map.of());
        add(EventType.CIN_END, OTHER, "2026-02-03", Map.of());
        assertThat(facts().socialCare().text()).isEqualTo("No open social care or early help involvement");
    }

    @Test
    void schoolIsTheLatestMoveOrExclusion() {
        add(EventType.SCHOOL_MOVE, SCHOOL, "2024-09-01", Map.of());
        assertThat(facts().school().text()).isEqualTo("Leyton High");
        add(EventType.PERMANENT_EXCLUSION, SCHOOL, "2025-11-20", Map.of("reason", "OW"));
        assertThat(facts().school().text()).isEqualTo("Permanently excluded from Leyton High (reason OW)");
        add(EventType.MOVE_TO_ALTERNATIVE_PROVISION, PRU, "2026-01-05", Map.of());
        assertThat(facts().school()).isEqualTo(new KeyFacts.Fact("Hawkswood PRU", LocalDate.of(2026, 1, 5)));
    }

    @Test
    void sendShowsThePlanAndHowLongTheChildHasWaited() {
        add(EventType.SEN_SUPPORT, SCHOOL, "2023-01-01", Map.of("need", "SLCN"));
        add(EventType.AWAITING_NEURODEVELOPMENTAL, OTHER, "2025-03-15", Map.of());
        assertThat(facts().send().text()).isEqualTo(
                "SEN support (Speech, language and communication needs); waiting 15 months for a neurodevelopmental assessment");
    }

    @Test
    void youthJusticeCountsOnlyTheLastTwelveMonths() {
        add(EventType.OUT_OF_COURT_DISPOSAL, OTHER, "2025-05-01", Map.of("disposal", "YOUTH_CAUTION"));
        assertThat(facts().youthJustice().text()).isEqualTo("No youth justice involvement in the last 12 months");
        add(EventType.COURT_OUTCOME, OTHER, "2026-02-01", Map.of("outcome", "REFERRAL_ORDER"));
        assertThat(facts().youthJustice().text()).isEqualTo("Court outcome: Referral order");
    }

    @Test
    void recentCountsCoverNinetyDays() {
        add(EventType.POLICE_INCIDENT, OTHER, "2026-06-01", Map.of("role", "VICTIM"));
        add(EventType.ARREST, OTHER, "2026-05-01", Map.of());
        add(EventType.POLICE_INCIDENT, OTHER, "2026-03-01", Map.of("role", "WITNESS"));
        add(EventType.MISSING_EPISODE, OTHER, "2026-06-10", Map.of());
        assertThat(facts().recent()).extracting(KeyFacts.Fact::text)
                .containsExactly("1 missing episode in the last 90 days", "2 police contacts in the last 90 days");
    }

    private void add(EventType type, Organisation org, String date, Map<String, String> details) {
        Instant at = LocalDate.parse(date).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        events.add(new ChronologyEvent(UUID.randomUUID(), UUID.randomUUID(), type, 1, org.id(), "x", null, at, at, at,
                "test", UUID.randomUUID().toString(), Sensitivity.STANDARD, "summary", null, details));
    }

    private KeyFacts facts() {
        List<ChronologyEvent> newestFirst = events.stream()
                .sorted(Comparator.comparing(ChronologyEvent::occurredAt).reversed()).toList();
        Map<UUID, Organisation> orgs = Map.of(SCHOOL.id(), SCHOOL, PRU.id(), PRU, OTHER.id(), OTHER);
        return KeyFactsCalculator.calculate(newestFirst, id -> Optional.ofNullable(orgs.get(id)), List.of(), TODAY);
    }
}
