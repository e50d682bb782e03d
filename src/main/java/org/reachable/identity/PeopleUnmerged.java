package org.reachable.identity;

import java.time.Instant;
import java.util.UUID;

/** A merge was wrong: {@code mergedId} is a different child again and gets back what the merge moved. */
public record PeopleUnmerged(UUID mergeId, UUID survivorId, UUID mergedId, Instant mergedAt, Instant unmergedAt) {
}
