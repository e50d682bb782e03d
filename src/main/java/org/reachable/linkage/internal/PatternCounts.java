package org.reachable.linkage.internal;

/**
 * How many candidate pairs have each comparison pattern (an open-addressing long-to-long table): the
 * expectation-maximisation runs over the few thousand distinct patterns, not over millions of pairs.
 */
public final class PatternCounts {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private long[] counts;
    private int size;

    public PatternCounts() {
        keys = new long[1 << 12];
        counts = new long[keys.length];
        java.util.Arrays.fill(keys, EMPTY);
    }

    public static PatternCounts of(PairBuffer pairs) {
        PatternCounts counts = new PatternCounts();
        for (int k = 0; k < pairs.size(); k++) {
            counts.add(pairs.pattern(k), 1);
        }
        return counts;
    }

    public void add(long key, long count) {
        if (size * 2 >= keys.length) {
            rehash();
        }
        int slot = slot(key, keys.length);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & (keys.length - 1);
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        counts[slot] += count;
    }

    public int size() {
        return size;
    }

    /** Visits every (pattern, count). */
    public void forEach(Visitor visitor) {
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != EMPTY) {
                visitor.visit(keys[s], counts[s]);
            }
        }
    }

    @FunctionalInterface
    public interface Visitor {
        void visit(long pattern, long count);
    }

    private void rehash() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new long[keys.length];
        java.util.Arrays.fill(keys, EMPTY);
        size = 0;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY) {
                add(oldKeys[s], oldCounts[s]);
            }
        }
    }

    private static int slot(long key, int length) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (length - 1);
    }
}
