package org.reachable.moments.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.reachable.chronology.ChildHistories;
import org.reachable.chronology.HistoryEvent;
import org.reachable.identity.AgeAndPostcode;
import org.reachable.identity.ChildRegister;
import org.reachable.moments.rules.ChildFacts;
import org.reachable.moments.rules.RuleMatch;
import org.reachable.moments.rules.History;
import org.reachable.moments.rules.MomentRule;
import org.reachable.moments.rules.RuleEvaluation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads what rules may see of a child, judges the rules and raises what they find. */
@Component
class Evaluator {

    private final ChildHistories histories;
    private final ChildRegister register;
    private final ActiveRules rules;
    private final AlertRaiser raiser;
    private final Clock clock;
    private final Duration lookback;

    Evaluator(ChildHistories histories, ChildRegister register, ActiveRules rules, AlertRaiser raiser, Clock clock,
              @Value("${reachable.moments.alert-lookback:P90D}") Duration lookback) {
        this.histories = histories;
        this.register = register;
        this.rules = rules;
        this.raiser = raiser;
        this.clock = clock;
        this.lookback = lookback;
    }

    /** Judges the event-triggered rules for newly accepted events; the number of alerts raised. */
    @Transactional
    int onArrival(Map<UUID, Set<UUID>> eventsByPerson) {
        Map<UUID, AgeAndPostcode> facts = register.agesAndPostcodes(eventsByPerson.keySet());
        // Every child's history in one query: a batch of a thousand events would otherwise cost a thousand round trips.
        Map<UUID, List<HistoryEvent>> all = histories.ofAll(facts.keySet());
        List<MomentRule> active = rules.rules();
        int raised = 0;
        for (Map.Entry<UUID, Set<UUID>> child : eventsByPerson.entrySet()) {
            AgeAndPostcode known = facts.get(child.getKey());
            if (known == null) {
                continue;
            }
            History history = new History(facts(known), all.getOrDefault(child.getKey(), List.of()));
            // Historic records (a first import of years of data) complete old patterns: those are history, not
            // moments to act on now, so only patterns completed within the lookback alert.
            Instant since = clock.instant().minus(lookback);
            raised += raiser.raise(child.getKey(), RuleEvaluation.onArrival(active, history, child.getValue())
                    .stream().filter(m -> m.anchor().isAfter(since)).toList());
        }
        return raised;
    }

    /** Judges the given rules for one child as at a moment (daily run, re-evaluation); the alerts raised. */
    @Transactional
    int asAt(AgeAndPostcode child, List<HistoryEvent> events, Collection<MomentRule> judged, Instant at) {
        History history = new History(facts(child), events);
        List<RuleMatch> findings = RuleEvaluation.asAt(judged, history, at);
        return findings.isEmpty() ? 0 : raiser.raise(child.personId(), findings);
    }

    /** Exactly what identity lets rules know: never sex, ethnicity, religion or disability. */
    private static ChildFacts facts(AgeAndPostcode known) {
        return new ChildFacts(known.personId(), known.dateOfBirth(), known.postcode());
    }
}
