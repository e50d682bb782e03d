package org.reachable.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An uncertain link waiting for a person: the incoming (provisional) record and the child it may be, side by side,
 * with the matcher's probability and its evidence in words.
 */
public record MatchReview(UUID id, ChildRecord incoming, ChildRecord candidate, double probability,
                          List<String> evidence, String source, Instant createdAt, String status) {
}
