package org.reachable.frontdoor;

import java.time.Instant;
import java.util.UUID;

/** A referrer's disagreement with a front-door decision, tracked until a manager resolves it. */
public record Escalation(UUID id, UUID contactId, String reference, UUID raisedBy, String raisedByName,
                         Instant raisedAt, String reason, String resolution, String resolvedBy, Instant resolvedAt) {

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
