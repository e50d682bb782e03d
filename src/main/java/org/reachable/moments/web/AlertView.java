package org.reachable.moments.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An alert as practitioners see it: the child, what Reachable found (each rule in words, why it matters, the events
 * from each agency behind it, what to do), where it was sent and where it stands.
 */
public record AlertView(UUID id, UUID childId, String childName, String headline, boolean critical, String sentTo,
                        String status, boolean escalated, Instant raisedAt, Instant updatedAt, String outcomeNote,
                        boolean actionOnChronology, List<FindingView> findings) {

    /** One rule that held. */
    public record FindingView(String ruleKey, int ruleVersion, String ruleName, String kind, String why,
                              String evidenceSource, String lookedFor, List<String> nextSteps,
                              Instant patternCompleteAt, List<EvidenceRow> evidence) {
    }

    /** One event behind a finding: what, when and which agency recorded it. */
    public record EvidenceRow(UUID eventId, String event, Instant occurredAt, String agency) {
    }
}
