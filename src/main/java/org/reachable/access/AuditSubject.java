package org.reachable.access;

import java.util.UUID;

/** One row of a batch of audit entries: about whom (if anyone), on what, and why. */
public record AuditSubject(UUID personId, String resource, String purpose) {
}
