package org.reachable.linkage.internal;

import java.util.Arrays;

/** How many records hold each value of a field: the term frequencies behind the frequency adjustment. */
public final class Counts {

    private int[] counts = new int[1024];
    private long total;

    public void add(int id, int delta) {
        if (id < 0) {
            return;
        }
        if (id >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
        }
        counts[id] += delta;
        total += delta;
    }

    /** Below this many values, frequencies say more about the sample than the population, and are not used. */
    static final long MIN_TOTAL = 1_000;

    /**
     * The share of records (with a value) that hold this one, at least one record's share; NaN while too few records
     * have been counted (a young streaming index).
     */
    public double frequency(int id) {
        if (total < MIN_TOTAL) {
            return Double.NaN;
        }
        int count = id < counts.length ? counts[id] : 0;
        return Math.max(count, 1) / (double) total;
    }
}
