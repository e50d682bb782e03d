package org.reachable.moments.internal;

import java.time.Clock;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts nobody has acknowledged in time (the tightest escalation time of their findings' rules, counted from when
 * the alert last needed attention) go to team managers as well.
 */
@Component
public class Escalation {

    private final MomentsRepository repository;
    private final Clock clock;

    Escalation(MomentsRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${reachable.moments.escalation-check:PT5M}")
    @Transactional
    public int escalateOverdue() {
        var escalated = repository.escalateOverdue(clock.instant());
        for (UUID id : escalated) {
            repository.addStep(id, clock.instant(), null, "Escalated",
                    "Not acknowledged in time: now also with team managers");
        }
        return escalated.size();
    }
}
