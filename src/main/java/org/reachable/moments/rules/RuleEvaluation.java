package org.reachable.moments.rules;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reachable.chronology.HistoryEvent;

/** Judges rules over one child's history. Pure: no database, no clock; the caller says when. */
public final class RuleEvaluation {

    private RuleEvaluation() {
    }

    /**
     * As events arrive: each event-triggered rule is judged as at each new event's time, and holds for that event
     * only if the event is part of its evidence (so an old pattern is not raised again by an unrelated event). An
     * event that arrives late is judged as at when it happened.
     */
    public static List<RuleMatch> onArrival(Collection<MomentRule> rules, History history,
                                            Set<java.util.UUID> arrived) {
        Map<String, RuleMatch> found = new LinkedHashMap<>();
        for (HistoryEvent event : history.events()) {
            if (!arrived.contains(event.id())) {
                continue;
            }
            for (MomentRule rule : rules) {
                if (rule.trigger() != MomentRule.Trigger.EVENT) {
                    continue;
                }
                rule.condition().evaluate(history, event.occurredAt())
                        .filter(evidence -> evidence.contains(event))
                        .ifPresent(evidence -> keepNewest(found, finding(rule, evidence, event.occurredAt())));
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * As at a moment (the daily run, or re-evaluation after a rule changes): event-triggered rules need evidence,
     * daily rules (transition points) need only to hold.
     */
    public static List<RuleMatch> asAt(Collection<MomentRule> rules, History history, Instant at) {
        List<RuleMatch> found = new ArrayList<>();
        for (MomentRule rule : rules) {
            Optional<List<HistoryEvent>> evidence = rule.condition().evaluate(history, at);
            if (evidence.isEmpty() || rule.trigger() == MomentRule.Trigger.EVENT && evidence.get().isEmpty()) {
                continue;
            }
            Instant anchor = rule.trigger() == MomentRule.Trigger.DAILY ? at.truncatedTo(ChronoUnit.DAYS)
                    : latest(evidence.get(), at);
            found.add(new RuleMatch(rule.key(), anchor, evidence.get()));
        }
        return found;
    }

    private static RuleMatch finding(MomentRule rule, List<HistoryEvent> evidence, Instant at) {
        return new RuleMatch(rule.key(), latest(evidence, at), evidence);
    }

    private static Instant latest(List<HistoryEvent> evidence, Instant otherwise) {
        return evidence.stream().map(HistoryEvent::occurredAt).max(Instant::compareTo).orElse(otherwise);
    }

    /** Several new events can complete the same rule; one alert, for the most complete pattern, is enough. */
    private static void keepNewest(Map<String, RuleMatch> found, RuleMatch finding) {
        found.merge(finding.ruleKey(), finding, (a, b) -> b.anchor().isAfter(a.anchor())
                || b.anchor().equals(a.anchor()) && b.evidence().size() > a.evidence().size() ? b : a);
    }
}
