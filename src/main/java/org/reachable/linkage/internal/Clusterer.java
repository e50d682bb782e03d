package org.reachable.linkage.internal;

import java.util.Arrays;

/**
 * Turns automatic links into people. Links are merged strongest first (union-find), and a merge is refused when the
 * two clusters together would hold two different valid identifiers of a checked scheme, two records of one source
 * in one-to-one mode, or any pair of records less probable than the coherence threshold - so a chain of weak links
 * cannot join two different children. Refused links go to review.
 */
public final class Clusterer {

    /** Clusters this large are not checked pair by pair; merging into them needs no contradiction found so far. */
    static final int MAX_CHECKED_PAIRS = 40_000;

    private final PairComparator comparator;
    private final MatchModel model;
    private final EncodedRecords r;
    private final double coherenceWeight;
    private final boolean oneToOne;
    private final int[] parent;
    private final int[] size;
    private final int[] next;
    private final long[] sources;
    private final int[][] checkedValue;
    private long refused;

    public Clusterer(PairComparator comparator, MatchModel model, double coherenceWeight, boolean oneToOne) {
        this.comparator = comparator;
        this.model = model;
        this.r = comparator.records();
        this.coherenceWeight = coherenceWeight;
        this.oneToOne = oneToOne;
        int n = r.size();
        parent = new int[n];
        size = new int[n];
        next = new int[n];
        sources = new long[n];
        int schemes = r.schema.schemes().size();
        checkedValue = new int[schemes][];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            next[i] = i;
            sources[i] = 1L << (r.source[i] & 63);
        }
        for (int s = 0; s < schemes; s++) {
            if (r.schema.checked()[s]) {
                checkedValue[s] = new int[n];
                for (int i = 0; i < n; i++) {
                    checkedValue[s][i] = r.identifierValid[s][i] ? r.identifier[s][i] : -1;
                }
            }
        }
    }

    /**
     * Merges the given links, strongest first. {@code order} holds pair indexes sorted by weight, strongest first.
     * Returns a mask of the links refused.
     */
    public boolean[] merge(PairBuffer pairs, int[] order) {
        boolean[] refusedLinks = new boolean[order.length];
        for (int k = 0; k < order.length; k++) {
            int a = find(pairs.first(order[k]));
            int b = find(pairs.second(order[k]));
            if (a == b) {
                continue;
            }
            if (contradicts(a, b)) {
                refusedLinks[k] = true;
                refused++;
                continue;
            }
            union(a, b);
        }
        return refusedLinks;
    }

    public long refused() {
        return refused;
    }

    /** A cluster number for every record (the same number for the same person). */
    public int[] clusters() {
        int n = parent.length;
        int[] cluster = new int[n];
        int[] numberOfRoot = new int[n];
        Arrays.fill(numberOfRoot, -1);
        int clusters = 0;
        for (int i = 0; i < n; i++) {
            int root = find(i);
            if (numberOfRoot[root] < 0) {
                numberOfRoot[root] = clusters++;
            }
            cluster[i] = numberOfRoot[root];
        }
        return cluster;
    }

    private boolean contradicts(int a, int b) {
        if (oneToOne && (sources[a] & sources[b]) != 0) {
            return true;
        }
        for (int[] values : checkedValue) {
            if (values != null && values[a] >= 0 && values[b] >= 0 && values[a] != values[b]) {
                return true;
            }
        }
        if ((long) size[a] * size[b] > MAX_CHECKED_PAIRS) {
            return false;
        }
        int x = a;
        do {
            int y = b;
            do {
                int i = Math.min(x, y);
                int j = Math.max(x, y);
                if (model.weight(r, i, comparator.pattern(i, j)) < coherenceWeight) {
                    return true;
                }
                y = next[y];
            } while (y != b);
            x = next[x];
        } while (x != a);
        return false;
    }

    private void union(int a, int b) {
        int big = size[a] >= size[b] ? a : b;
        int small = big == a ? b : a;
        parent[small] = big;
        size[big] += size[small];
        sources[big] |= sources[small];
        for (int[] values : checkedValue) {
            if (values != null && values[big] < 0) {
                values[big] = values[small];
            }
        }
        int swap = next[big];
        next[big] = next[small];
        next[small] = swap;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
