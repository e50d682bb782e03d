package org.reachable.synthetic;

import java.time.Duration;

/** How far a run has got, after each batch. */
public record LoadProgress(long children, long totalChildren, long events, Duration elapsed) {

    public int percent() {
        return (int) (100 * children / Math.max(1, totalChildren));
    }
}
