package org.reachable.moments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reachable noticed something in a child's chronology. One alert per child while it is open: each rule that holds is
 * a finding on it. {@code routedTo} is TEAM (the lead practitioner and team around the child) or MASH (nobody holds
 * the child yet).
 */
public record Alert(UUID id, UUID personId, Instant raisedAt, Instant updatedAt, String routedTo, AlertStatus status,
                    Instant escalatedAt, UUID closedBy, Instant closedAt, String outcomeNote, UUID actionEventId,
                    List<Finding> findings) {

    public Alert {
        findings = List.copyOf(findings);
    }

    /** A rule that held: the version that found it, when the pattern was complete, and the events behind it. */
    public record Finding(UUID id, String ruleKey, int ruleVersion, Instant anchorAt, Instant foundAt,
                          List<Evidence> evidence) {

        public Finding {
            evidence = List.copyOf(evidence);
        }
    }

    /** One event that made a rule hold. */
    public record Evidence(UUID eventId, String eventType, UUID organisationId, Instant occurredAt) {
    }

    /** Something that happened to the alert: raised, new finding, escalated, acknowledged, acted on, dismissed. */
    public record Step(Instant at, UUID userId, String action, String note) {
    }
}
