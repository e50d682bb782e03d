package org.reachable.moments.internal;

import org.reachable.moments.rules.MomentRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first time the server is ready, checks every rule once, as at now, for the children already recorded (the demo
 * borough, or a partnership's first import), in the background. Not in batch commands, which exit before it could
 * finish; events imported by them are judged as they arrive.
 */
@Component
@Profile("!batch")
class FirstCheck {

    private final MomentsRepository repository;
    private final ActiveRules rules;
    private final Reevaluation reevaluation;
    private final boolean enabled;

    FirstCheck(MomentsRepository repository, ActiveRules rules, Reevaluation reevaluation,
               @Value("${reachable.moments.check-at-first-start:true}") boolean enabled) {
        this.repository = repository;
        this.rules = rules;
        this.reevaluation = reevaluation;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (enabled && repository.latestRun().isEmpty()) {
            reevaluation.start("First check of the rules for the children already recorded",
                    rules.rules().stream().map(MomentRule::key).toList());
        }
    }
}
