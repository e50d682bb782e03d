package org.reachable.identity;

import java.time.Instant;
import java.util.UUID;

/** A person decided two records are the same child: everything of {@code mergedId} now belongs to {@code survivorId}. */
public record PeopleMerged(UUID mergeId, UUID survivorId, UUID mergedId, Instant mergedAt) {
}
