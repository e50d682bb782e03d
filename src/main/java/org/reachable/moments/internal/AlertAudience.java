package org.reachable.moments.internal;

import org.reachable.access.CurrentUser;
import org.reachable.access.Role;
import org.reachable.moments.Alert;
import org.springframework.stereotype.Component;

/**
 * Who may see an alert: the people it was sent to; MASH practitioners when it went to the MASH; and, once it has
 * escalated, team managers of the organisations it was sent to (any manager, for MASH alerts).
 */
@Component
public class AlertAudience {

    private final MomentsRepository repository;

    AlertAudience(MomentsRepository repository) {
        this.repository = repository;
    }

    public boolean includes(CurrentUser user, Alert alert) {
        if (repository.recipients(alert.id()).contains(user.id())) {
            return true;
        }
        if ("MASH".equals(alert.routedTo()) && user.role() == Role.MASH_PRACTITIONER) {
            return true;
        }
        return user.role() == Role.MANAGER && alert.escalatedAt() != null && ("MASH".equals(alert.routedTo())
                || repository.recipientOrganisations(alert.id()).contains(user.organisationId()));
    }
}
