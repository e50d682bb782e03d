package org.reachable.moments.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.access.Relationships;
import org.reachable.access.TeamMember;
import org.reachable.chronology.HistoryEvent;
import org.reachable.moments.Alert;
import org.reachable.moments.rules.MomentRule;
import org.reachable.moments.rules.RuleMatch;
import org.springframework.stereotype.Component;

/**
 * Turns rule matches into findings on the child's one open alert (opening one if there is none). A match is dropped
 * if this exact pattern was found before, or the same rule found a pattern for the child within its suppression
 * window. A new alert goes to the lead practitioner and team around the child, or to the MASH if nobody holds the
 * child; a new finding on an acknowledged alert opens it again.
 */
@Component
class AlertRaiser {

    private final MomentsRepository repository;
    private final ActiveRules rules;
    private final Relationships relationships;
    private final Clock clock;

    AlertRaiser(MomentsRepository repository, ActiveRules rules, Relationships relationships, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.relationships = relationships;
        this.clock = clock;
    }

    /** Call inside a transaction. The number of new findings. */
    int raise(UUID personId, List<RuleMatch> matches) {
        List<RuleMatch> fresh = new ArrayList<>();
        for (RuleMatch match : matches) {
            MomentRule rule = rules.rule(match.ruleKey());
            if (rule != null && !repository.foundBefore(personId, rule.key(), match.fingerprint())
                    && !repository.foundNear(personId, rule.key(), match.anchor(), rule.suppressionDays())) {
                fresh.add(match);
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int escalateAfter = fresh.stream().mapToInt(m -> rules.rule(m.ruleKey()).escalateAfterHours()).min()
                .orElseThrow();
        UUID alertId = openAlert(personId, now, escalateAfter);
        int found = 0;
        for (RuleMatch match : fresh) {
            MomentRule rule = rules.rule(match.ruleKey());
            if (repository.insertFinding(alertId, personId, new Alert.Finding(UUID.randomUUID(), rule.key(),
                    rules.version(rule.key()), match.anchor(), now,
                    match.evidence().stream().map(AlertRaiser::evidence).toList()), match.fingerprint())) {
                repository.addStep(alertId, now, null, "Found", rule.name());
                found++;
            }
        }
        return found;
    }

    private UUID openAlert(UUID personId, Instant now, int escalateAfter) {
        Optional<UUID> open = repository.openAlertForUpdate(personId);
        if (open.isPresent()) {
            repository.reopen(open.get(), now, escalateAfter);
            return open.get();
        }
        List<TeamMember> team = relationships.teamAround(personId);
        UUID id = UUID.randomUUID();
        if (repository.insertAlert(id, personId, now, team.isEmpty() ? "MASH" : "TEAM", escalateAfter,
                team.stream().map(m -> new MomentsRepository.Recipient(m.userId(), m.organisationId())).toList())) {
            repository.addStep(id, now, null, "Raised", team.isEmpty()
                    ? "Sent to the MASH: nobody holds this child" : "Sent to the lead practitioner and team");
            return id;
        }
        // Another event for the same child opened an alert a moment ago: add to that one.
        UUID other = repository.openAlertForUpdate(personId).orElseThrow();
        repository.reopen(other, now, escalateAfter);
        return other;
    }

    private static Alert.Evidence evidence(HistoryEvent e) {
        return new Alert.Evidence(e.id(), e.type().code(), e.organisationId(), e.occurredAt());
    }
}
