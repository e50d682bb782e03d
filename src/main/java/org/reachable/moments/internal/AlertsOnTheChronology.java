package org.reachable.moments.internal;

import java.util.List;
import java.util.UUID;
import org.reachable.access.Capability;
import org.reachable.access.CurrentUser;
import org.reachable.access.CurrentUsers;
import org.reachable.chronology.ChronologyNotices;
import org.springframework.stereotype.Component;

/**
 * Shows the child's open alert at the top of their chronology to those who may see it (AlertAudience); the chronology
 * page itself is access-checked and audited.
 */
@Component
class AlertsOnTheChronology implements ChronologyNotices {

    private final MomentsRepository repository;
    private final ActiveRules rules;
    private final AlertAudience audience;

    AlertsOnTheChronology(MomentsRepository repository, ActiveRules rules, AlertAudience audience) {
        this.repository = repository;
        this.rules = rules;
        this.audience = audience;
    }

    @Override
    public List<Notice> forChild(UUID personId) {
        CurrentUser user = CurrentUsers.current().orElse(null);
        if (user == null || !user.can(Capability.RECEIVE_ALERTS)) {
            return List.of();
        }
        return repository.forPerson(personId).stream()
                .filter(a -> a.status() == org.reachable.moments.AlertStatus.OPEN
                        || a.status() == org.reachable.moments.AlertStatus.ACKNOWLEDGED)
                .filter(a -> audience.includes(user, a))
                .map(a -> new Notice("Reachable moment", a.findings().stream()
                        .map(f -> rules.rule(f.ruleKey()) == null ? f.ruleKey() : rules.rule(f.ruleKey()).name())
                        .distinct().reduce((x, y) -> x + "; " + y).orElse("Alert"),
                        "/moments/alerts/" + a.id(), "See why, and what to do"))
                .toList();
    }
}
