package org.reachable.moments.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reachable.access.Role;
import org.reachable.access.TestUsers;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.OrganisationKind;
import org.reachable.agencies.Organisations;
import org.reachable.chronology.Chronology;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.chronology.EventType;
import org.reachable.chronology.Sensitivity;
import org.reachable.identity.Address;
import org.reachable.identity.ChildRecord;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.Ethnicity;
import org.reachable.identity.PersonName;
import org.reachable.identity.Sex;
import org.reachable.moments.MomentRules;
import org.reachable.moments.ReevaluationProgress;
import org.reachable.support.ReachableTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rule written on postcodes whose children are mostly of one ethnic group alerts that group far more often than
 * the same recorded events would: the fairness monitor flags it. The same rule on both areas is not flagged.
 */
@ReachableTest
class ProxyRuleIsFlaggedTest {

    @Autowired
    ChildRegister register;
    @Autowired
    Chronology chronology;
    @Autowired
    Organisations organisations;
    @Autowired
    MomentRules rules;
    @Autowired
    FairnessMonitor monitor;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aRuleOnPostcodesThatStandForEthnicityIsFlagged() throws InterruptedException {
        String tag = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        // Two areas no other test uses: in one, most children are Black; in the other, most are White. Every child
        // had the same recorded event: a police incident a week ago.
        String east = "YA" + (10 + new java.util.Random().nextInt(80));
        String west = "YB" + (10 + new java.util.Random().nextInt(80));
        Organisation police = new Organisation(UUID.randomUUID(), "POLICE-" + tag, "Police " + tag,
                OrganisationKind.POLICE, null, null);
        organisations.register(List.of(police), List.of());
        List<ChildRecord> children = new ArrayList<>();
        List<ChronologyEvent> events = new ArrayList<>();
        addChildren(children, events, police, east, Ethnicity.BCRB, 150);
        addChildren(children, events, police, east, Ethnicity.WBRI, 30);
        addChildren(children, events, police, west, Ethnicity.BCRB, 30);
        addChildren(children, events, police, west, Ethnicity.WBRI, 150);
        register.loadAll(children);
        chronology.loadAll(events);

        String proxy = approve(rule("proxy-" + tag, List.of(east)));
        String both = approve(rule("both-" + tag, List.of(east, west)));

        FairnessReport report = monitor.report(FairnessReport.Breakdown.ETHNICITY);
        RuleFairness proxyFairness = fairness(report, proxy);
        assertThat(proxyFairness.flagged()).as(proxyFairness.flags().toString()).isTrue();
        assertThat(proxyFairness.flags()).anySatisfy(f -> assertThat(f).startsWith("Black:"));
        assertThat(proxyFairness.rows()).filteredOn(r -> r.group().equals("Black")).singleElement()
                .satisfies(r -> assertThat(r.alertsGivenEvents().lower().doubleValue()).isGreaterThan(1.25));
        assertThat(fairness(report, both).rows()).filteredOn(r -> r.group().equals("Black")).singleElement()
                .satisfies(r -> assertThat(r.amplifies()).isFalse());
    }

    private static RuleFairness fairness(FairnessReport report, String key) {
        return report.rules().stream().filter(r -> key.equals(r.ruleKey())).findFirst().orElseThrow();
    }

    /** Proposed by one manager, approved by another; waits for the re-check of every child to finish. */
    private String approve(String definition) throws InterruptedException {
        TestUsers.signIn(Role.MANAGER);
        var proposed = rules.propose(definition, "Fairness test");
        TestUsers.signIn(Role.MANAGER);
        UUID run = rules.approve(proposed.key(), proposed.version(), "Fairness test");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            ReevaluationProgress progress = rules.latestRun().orElseThrow();
            if (progress.id().equals(run) && progress.finished()) {
                return proposed.key();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Re-check did not finish");
    }

    private static String rule(String key, List<String> areas) {
        return """
                {"key": "%s", "name": "Police incident in %s", "kind": "CUMULATIVE_HARM", "trigger": "EVENT",
                 "rationale": "A test rule.", "evidence": "None: a test.", "nextSteps": ["Nothing"],
                 "suppressionDays": 30, "escalateAfterHours": 24,
                 "condition": {"all": [{"recent": {"of": {"types": ["police.incident"]}, "withinDays": 30}},
                                       {"postcodeIn": [%s]}]}}""".formatted(key, areas,
                String.join(", ", areas.stream().map(a -> "\"" + a + "\"").toList()));
    }

    private static void addChildren(List<ChildRecord> children, List<ChronologyEvent> events, Organisation police,
                                    String area, Ethnicity ethnicity, int count) {
        Instant when = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            LocalDate dob = LocalDate.now().minusYears(14).minusDays(i);
            children.add(new ChildRecord(id, dob, i % 2 == 0 ? Sex.M : Sex.F, ethnicity,
                    List.of(new PersonName(PersonName.Kind.CURRENT, "Proxy", "Child" + area, null, null)), List.of(),
                    List.of(new Address(i + " Test Road", "London", area + " " + (1 + i % 9) + "AB", null, dob, null)),
                    List.of()));
            UUID event = UUID.randomUUID();
            events.add(new ChronologyEvent(event, id, EventType.POLICE_INCIDENT, 1, police.id(), "PC Test", null,
                    when, when, when, "test", event.toString(), Sensitivity.STANDARD, "A police incident.", null,
                    Map.of("role", "WITNESS")));
        }
    }
}
