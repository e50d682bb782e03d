package org.reachable.identity;

import java.util.List;
import java.util.UUID;

/** What became of one incoming person: the child their record now belongs to, how, and why. */
public record MatchResult(LinkOutcome outcome, UUID personId, double probability, List<String> evidence) {
}
