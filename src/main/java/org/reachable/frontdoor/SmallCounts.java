package org.reachable.frontdoor;

/**
 * Small-number suppression for the performance figures, on the partnership's usual rule: a count from 1 to 4 could
 * identify a child, so it is withheld (null) and so is any rate or relative rate index built on one. Zero is shown.
 */
public final class SmallCounts {

    public static final int THRESHOLD = 5;

    private SmallCounts() {
    }

    public static Long count(long n) {
        return n > 0 && n < THRESHOLD ? null : n;
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
