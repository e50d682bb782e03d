package org.reachable.moments;

import java.time.Instant;
import java.util.UUID;

/** How far a background re-evaluation of the population has got. */
public record ReevaluationProgress(UUID id, String reason, Instant startedAt, Instant finishedAt, long children,
                                   long done, long alertsRaised, String failure) {

    public int percent() {
        return children == 0 ? 100 : (int) Math.min(100, done * 100 / children);
    }

    public boolean finished() {
        return finishedAt != null;
    }
}
