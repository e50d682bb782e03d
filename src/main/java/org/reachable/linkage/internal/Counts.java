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

    /** The share of records (with a value) that hold this one; at least one record's share. */
    public double frequency(int id) {
        if (total <= 0) {
            return 1.0;
        }
        int count = id < counts.length ? counts[id] : 0;
        return Math.max(count, 1) / (double) total;
    }
}
