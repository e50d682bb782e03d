package org.reachable.moments.fairness;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.reachable.chronology.ChildHistories;
import org.reachable.chronology.EventType;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.Demographics;
import org.reachable.moments.internal.ActiveRules;
import org.reachable.moments.internal.MomentsRepository;
import org.reachable.moments.rules.MomentRule;
import org.reachable.moments.rules.RuleInputs;
import org.reachable.platform.statistics.RateRatio;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * For each rule and for all rules together: alert rates by ethnic group (or by ethnic group, sex and age band) against
 * the population and against the children with the events the rule looks at, with relative rate indices against the
 * White group and 95% confidence intervals. A rule is flagged for review when, for some group, alerts among children
 * with the same recorded events differ from the White group's beyond the threshold with confidence: the rule itself
 * adds to (or removes) disproportion that was not in what agencies recorded, as a rule written on a proxy would.
 */
@Component
public class FairnessMonitor {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ChildRegister register;
    private final ChildHistories histories;
    private final MomentsRepository repository;
    private final ActiveRules rules;
    private final Clock clock;
    private final double threshold;

    FairnessMonitor(ChildRegister register, ChildHistories histories, MomentsRepository repository, ActiveRules rules,
                    Clock clock, @Value("${reachable.moments.fairness.threshold:1.25}") double threshold) {
        this.register = register;
        this.histories = histories;
        this.repository = repository;
        this.rules = rules;
        this.clock = clock;
        this.threshold = threshold;
    }

    /** The twelve months to now. */
    public FairnessReport report(FairnessReport.Breakdown breakdown) {
        Instant to = clock.instant();
        return report(breakdown, to.minusSeconds(365L * 86_400), to);
    }

    public FairnessReport report(FairnessReport.Breakdown breakdown, Instant from, Instant to) {
        LocalDate day = to.atZone(LONDON).toLocalDate();
        Map<UUID, String> groups = new HashMap<>();
        for (Demographics d : register.demographics()) {
            groups.put(d.personId(), group(d, day, breakdown));
        }
        List<RuleFairness> results = new ArrayList<>();
        Set<UUID> allAlerted = new HashSet<>();
        Set<UUID> allWithEvents = new HashSet<>();
        Set<EventType> allTypes = EnumSet.noneOf(EventType.class);
        for (MomentRule rule : rules.rules()) {
            Set<UUID> alerted = repository.alertedChildren(rule.key(), from, to);
            Set<EventType> types = RuleInputs.eventTypes(rule.condition());
            Set<UUID> withEvents = types.isEmpty() ? new HashSet<>()
                    : new HashSet<>(histories.childrenWithEvents(types, from, to));
            // An alert can rest on an event before the period (an involvement opened years ago): count the child
            // as having the rule's events, so alerts among children with events never exceed one.
            withEvents.addAll(alerted);
            allAlerted.addAll(alerted);
            allWithEvents.addAll(withEvents);
            allTypes.addAll(types);
            results.add(fairness(rule.key(), rule.name(), groups, alerted, withEvents, breakdown));
        }
        results.addFirst(fairness(null, "All rules", groups, allAlerted, allWithEvents, breakdown));
        return new FairnessReport(from, to, breakdown, threshold, results);
    }

    private RuleFairness fairness(String key, String name, Map<UUID, String> groups, Set<UUID> alerted,
                                  Set<UUID> withEvents, FairnessReport.Breakdown breakdown) {
        Map<String, long[]> counts = new TreeMap<>();
        groups.forEach((person, group) -> {
            long[] c = counts.computeIfAbsent(group, g -> new long[3]);
            c[0]++;
            if (withEvents.contains(person)) {
                c[1]++;
            }
            if (alerted.contains(person)) {
                c[2]++;
            }
        });
        List<FairnessRow> rows = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        counts.forEach((group, c) -> {
            long[] white = counts.getOrDefault(reference(group, breakdown), new long[3]);
            RateRatio alertsGivenEvents = RateRatio.of(c[2], c[1], white[2], white[1]);
            boolean amplifies = !group.equals(reference(group, breakdown)) && alertsGivenEvents.index() != null
                    && (alertsGivenEvents.lower().doubleValue() > threshold
                    || alertsGivenEvents.upper().doubleValue() < 1 / threshold);
            rows.add(new FairnessRow(group, c[0], c[1], c[2], RateRatio.of(c[2], c[0], white[2], white[0]),
                    RateRatio.of(c[1], c[0], white[1], white[0]), alertsGivenEvents, amplifies));
            if (amplifies) {
                flags.add(group + ": alerts among children with the same recorded events are "
                        + alertsGivenEvents.index() + " times the White group's (95% CI " + alertsGivenEvents.lower()
                        + " to " + alertsGivenEvents.upper() + ")");
            }
        });
        return new RuleFairness(key, name, rows, flags);
    }

    /** The group label: "Black", or "Black, female, 14 to 15". */
    static String group(Demographics d, LocalDate day, FairnessReport.Breakdown breakdown) {
        String ethnic = EthnicGroup.of(d.ethnicity()).label();
        if (breakdown == FairnessReport.Breakdown.ETHNICITY) {
            return ethnic;
        }
        return ethnic + ", " + d.sex().label().toLowerCase() + ", " + AgeBand.on(d.dateOfBirth(), day).label();
    }

    /** The White group of the same sex and age band. */
    private static String reference(String group, FairnessReport.Breakdown breakdown) {
        String white = EthnicGroup.WHITE.label();
        return breakdown == FairnessReport.Breakdown.ETHNICITY ? white
                : white + group.substring(group.indexOf(','));
    }
}
