package org.reachable.moments.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reachable.chronology.EventType;
import org.reachable.chronology.HistoryEvent;

/** Conditions judged over small hand-made histories, with the answers worked out by hand. */
class ConditionsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final UUID POLICE = UUID.randomUUID();
    private static final UUID SCHOOL = UUID.randomUUID();
    private static final EventFilter POLICE_CONTACT = EventFilter.of(
            Set.of(EventType.POLICE_INCIDENT, EventType.ARREST), Map.of());

    private final List<HistoryEvent> events = new ArrayList<>();

    @Test
    void countsOnlyEventsInsideTheWindowEndingAtTheMomentJudged() {
        add(EventType.POLICE_INCIDENT, POLICE, "Team A", "2025-01-01");
        add(EventType.POLICE_INCIDENT, POLICE, "Team B", "2025-02-15");
        add(EventType.ARREST, POLICE, "Team C", "2025-03-20");
        Condition three = new Condition.Count(POLICE_CONTACT, 3, 90, 1, 1);
        assertThat(three.evaluate(history(), at("2025-03-20"))).get().asList().hasSize(3);
        // On 1 April the January incident is more than 90 days back.
        assertThat(three.evaluate(history(), at("2025-04-05"))).isEmpty();
        // Judged before the third contact happened, it has not happened yet.
        assertThat(three.evaluate(history(), at("2025-03-19"))).isEmpty();
    }

    @Test
    void differentSourcesMeansDifferentTeamsAndDifferentAgenciesMeansDifferentOrganisations() {
        add(EventType.POLICE_INCIDENT, POLICE, "Team A", "2025-01-01");
        add(EventType.POLICE_INCIDENT, POLICE, "Team A", "2025-01-10");
        add(EventType.ARREST, POLICE, "Team B", "2025-01-20");
        assertThat(new Condition.Count(POLICE_CONTACT, 3, 90, 2, 1).evaluate(history(), at("2025-01-21"))).isPresent();
        assertThat(new Condition.Count(POLICE_CONTACT, 3, 90, 3, 1).evaluate(history(), at("2025-01-21"))).isEmpty();
        assertThat(new Condition.Count(POLICE_CONTACT, 3, 90, 1, 2).evaluate(history(), at("2025-01-21"))).isEmpty();
    }

    @Test
    void followedByNeedsTheLaterEventWithinTheWindowAfterTheFirst() {
        EventFilter nfa = EventFilter.of(Set.of(EventType.CSC_CONTACT_OUTCOME),
                Map.of("outcome", Set.of("NO_FURTHER_ACTION")));
        Condition rule = new Condition.FollowedBy(nfa, POLICE_CONTACT, 30);
        events.add(event(EventType.CSC_CONTACT_OUTCOME, SCHOOL, "MASH", "2025-01-01",
                Map.of("outcome", "NO_FURTHER_ACTION")));
        add(EventType.POLICE_INCIDENT, POLICE, "Team A", "2025-02-15");
        assertThat(rule.evaluate(history(), at("2025-02-15"))).as("45 days later").isEmpty();
        add(EventType.ARREST, POLICE, "Team A", "2025-01-20");
        assertThat(rule.evaluate(history(), at("2025-01-20"))).get().asList().hasSize(2);
    }

    @Test
    void stillWaitingEndsWhenTheAssessmentHappens() {
        Condition waiting = new Condition.StillWaiting(
                EventFilter.of(Set.of(EventType.AWAITING_NEURODEVELOPMENTAL), Map.of()),
                EventFilter.of(Set.of(EventType.NEURODEVELOPMENTAL_ASSESSMENT), Map.of()), 365);
        add(EventType.AWAITING_NEURODEVELOPMENTAL, SCHOOL, "GP", "2023-01-10");
        assertThat(waiting.evaluate(history(), at("2023-12-01"))).as("under a year").isEmpty();
        assertThat(waiting.evaluate(history(), at("2024-03-01"))).isPresent();
        add(EventType.NEURODEVELOPMENTAL_ASSESSMENT, SCHOOL, "Clinic", "2024-02-01");
        assertThat(waiting.evaluate(history(), at("2024-03-01"))).isEmpty();
    }

    @ParameterizedTest(name = "born {0}: starts Year 7 on {1}")
    @CsvSource({"2014-09-01, 2026-09-01", "2015-08-31, 2026-09-01", "2014-08-31, 2025-09-01",
            "2016-02-29, 2027-09-01"})
    void startOfYear7FollowsTheEnglishSchoolYear(LocalDate born, LocalDate starts) {
        assertThat(SchoolYears.startOfYear7(born)).isEqualTo(starts);
    }

    @Test
    void onArrivalAnEventOnlyTriggersARuleItIsEvidenceFor() {
        MomentRule exclusion = RuleParser.parse("""
                {"key": "pex", "name": "Permanent exclusion", "kind": "CRITICAL_MOMENT", "trigger": "EVENT",
                 "rationale": "r", "evidence": "e", "nextSteps": ["s"], "suppressionDays": 30,
                 "escalateAfterHours": 24,
                 "condition": {"recent": {"of": {"types": ["education.permanent-exclusion"]}, "withinDays": 30}}}""");
        HistoryEvent excluded = add(EventType.PERMANENT_EXCLUSION, SCHOOL, "Head", "2025-03-01");
        HistoryEvent unrelated = add(EventType.POLICE_INCIDENT, POLICE, "Team A", "2025-03-05");
        assertThat(RuleEvaluation.onArrival(List.of(exclusion), history(), Set.of(unrelated.id())))
                .as("an unrelated event does not raise the exclusion again").isEmpty();
        assertThat(RuleEvaluation.onArrival(List.of(exclusion), history(), Set.of(excluded.id())))
                .singleElement().satisfies(m -> assertThat(m.evidence()).containsExactly(excluded));
    }

    private HistoryEvent add(EventType type, UUID organisation, String by, String day) {
        HistoryEvent event = event(type, organisation, by, day, Map.of());
        events.add(event);
        return event;
    }

    private static HistoryEvent event(EventType type, UUID organisation, String by, String day,
                                      Map<String, String> details) {
        return new HistoryEvent(UUID.randomUUID(), UUID.randomUUID(), type, organisation, by, at(day), details);
    }

    private History history() {
        List<HistoryEvent> sorted = events.stream()
                .sorted(java.util.Comparator.comparing(HistoryEvent::occurredAt)).toList();
        return new History(new ChildFacts(UUID.randomUUID(), LocalDate.of(2010, 5, 1), "E17 4AA"), sorted);
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(12, 0).atZone(LONDON).toInstant();
    }
}
