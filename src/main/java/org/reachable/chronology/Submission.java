package org.reachable.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a contributor shared and what became of it: linked to a child's chronology (and whether the team around the
 * child has looked since), or awaiting identification by the MASH.
 */
public record Submission(UUID id, Instant submittedAt, String childName, LocalDate dateOfBirth, EventType type,
                         Instant occurredAt, String summary, Status status, Instant seenByTeamAt) {

    public enum Status { LINKED, AWAITING_IDENTIFICATION }

    @com.fasterxml.jackson.annotation.JsonProperty("outcome")
    public String outcome() {
        return switch (status) {
            case AWAITING_IDENTIFICATION -> "Received. The MASH is identifying the child; nothing has been lost.";
            case LINKED -> seenByTeamAt == null
                    ? "Added to the child's chronology. Not yet read by the people working with the child."
                    : "Added to the child's chronology and read by the people working with the child.";
        };
    }
}
