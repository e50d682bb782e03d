package org.reachable.access;

import java.time.Instant;
import java.util.UUID;

/** A time-boxed emergency access to one child's record, with the typed reason, awaiting a manager's review. */
public record BreakGlass(UUID id, UUID userId, String userName, UUID personId, String reason, Instant startedAt,
                         Instant expiresAt, String reviewOutcome, String reviewNote) {
}
