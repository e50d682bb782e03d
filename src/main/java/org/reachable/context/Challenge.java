package org.reachable.context;

import java.time.Instant;
import java.util.UUID;

/** A challenge to a link with its reason; the outcome (UPHELD ends the link, REJECTED keeps it) once resolved. */
public record Challenge(UUID id, UUID linkId, String reason, String raisedBy, Instant raisedAt, String outcome,
                       String resolution, String resolvedBy, Instant resolvedAt) {
}
