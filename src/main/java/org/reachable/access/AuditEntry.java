package org.reachable.access;

import java.time.Instant;
import java.util.UUID;

/** One row of the audit log, as written and as shown to an information governance officer. */
public record AuditEntry(long seq, Instant at, UUID actorId, String actorName, String actorRole, AuditAction action,
                         boolean allowed, UUID personId, String resource, String purpose, String legalBasis) {
}
