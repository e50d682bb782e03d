package org.reachable.identity;

import java.time.Instant;
import java.util.UUID;

/** A merge of two records, and its undoing if it turned out wrong. */
public record Merge(UUID id, UUID survivorId, String survivorName, UUID mergedId, String mergedName, String reason,
                    Instant mergedAt, String unmergeReason, Instant unmergedAt) {

    public boolean undone() {
        return unmergedAt != null;
    }
}
