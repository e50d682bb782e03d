package org.reachable.frontdoor;

import org.reachable.platform.statistics.SmallNumbers;

/**
 * The performance figures under the platform's small-number rule ({@link SmallNumbers}): a withheld count (null) is
 * withheld with any rate or relative rate index built on it.
 */
public final class SmallCounts {

    public static final int THRESHOLD = SmallNumbers.THRESHOLD;

    private SmallCounts() {
    }

    public static Long count(long n) {
        return SmallNumbers.publishable(n);
    }

    /** {@code part / whole}, or null when either is suppressed or there is nothing to divide by. */
    public static Double rate(long part, long whole) {
        if (whole == 0 || count(part) == null || count(whole) == null) {
            return null;
        }
        return (double) part / whole;
    }

    /** A group's rate relative to the reference group's; null when either is withheld or the reference is 0. */
    public static Double relativeRateIndex(Double rate, Double referenceRate) {
        if (rate == null || referenceRate == null || referenceRate == 0) {
            return null;
        }
        return rate / referenceRate;
    }
}
