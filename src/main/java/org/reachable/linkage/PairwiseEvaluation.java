package org.reachable.linkage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a clustering compares with the truth, counted over pairs of records: precision (share of pairs put together
 * that are the same person), recall (share of same-person pairs put together), F1, and cluster precision (share of
 * clusters of two or more records that hold one person only). In link mode only pairs across the two sides count.
 */
public record PairwiseEvaluation(long truePairs, long predictedPairs, long correctPairs, long clusters,
                                 long pureClusters) {

    public double precision() {
        return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double clusterPrecision() {
        return clusters == 0 ? 1.0 : (double) pureClusters / clusters;
    }

    /**
     * @param predicted cluster number of each record
     * @param truth true entity of each record (null: unknown, counted as a person of its own)
     * @param side side of each record in link mode (only pairs across sides count), or null when deduplicating
     */
    public static PairwiseEvaluation of(int[] predicted, List<String> truth, int[] side) {
        int n = predicted.length;
        if (truth.size() != n || side != null && side.length != n) {
            throw new IllegalArgumentException("Truth for " + truth.size() + " records, clusters for " + n);
        }
        int[] entity = entities(truth);
        long[] byPredicted = new long[n];
        long[] byTruth = new long[n];
        long[] byBoth = new long[n];
        for (int i = 0; i < n; i++) {
            int s = side == null ? 0 : side[i] & 1;
            byPredicted[i] = (long) predicted[i] << 1 | s;
            byTruth[i] = (long) entity[i] << 1 | s;
            byBoth[i] = ((long) predicted[i] << 32 | entity[i]) << 1 | s;
        }
        boolean cross = side != null;
        long predictedPairs = pairs(byPredicted, cross);
        long truePairs = pairs(byTruth, cross);
        long correctPairs = pairs(byBoth, cross);
        long[] clusters = clusterPurity(predicted, entity);
        return new PairwiseEvaluation(truePairs, predictedPairs, correctPairs, clusters[0], clusters[1]);
    }

    /** Pairs within groups of equal key (ignoring the side bit); with {@code cross}, only pairs across sides. */
    private static long pairs(long[] keys, boolean cross) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        long total = 0;
        int start = 0;
        while (start < sorted.length) {
            long group = sorted[start] >>> 1;
            int end = start;
            long[] sides = new long[2];
            while (end < sorted.length && sorted[end] >>> 1 == group) {
                sides[(int) (sorted[end] & 1)]++;
                end++;
            }
            long size = end - start;
            total += cross ? sides[0] * sides[1] : size * (size - 1) / 2;
            start = end;
        }
        return total;
    }

    private static int[] entities(List<String> truth) {
        Map<String, Integer> ids = new HashMap<>();
        int[] entity = new int[truth.size()];
        for (int i = 0; i < entity.length; i++) {
            String t = truth.get(i);
            entity[i] = t == null || t.isBlank() ? -1 : ids.computeIfAbsent(t, k -> ids.size());
        }
        int next = ids.size();
        for (int i = 0; i < entity.length; i++) {
            if (entity[i] < 0) {
                entity[i] = next++;
            }
        }
        return entity;
    }

    /** {clusters with two or more records, those holding one entity only}. */
    private static long[] clusterPurity(int[] predicted, int[] entity) {
        long[] keyed = new long[predicted.length];
        for (int i = 0; i < keyed.length; i++) {
            keyed[i] = (long) predicted[i] << 32 | entity[i];
        }
        Arrays.sort(keyed);
        long clusters = 0;
        long pure = 0;
        int start = 0;
        while (start < keyed.length) {
            int cluster = (int) (keyed[start] >>> 32);
            int end = start;
            boolean oneEntity = true;
            while (end < keyed.length && (int) (keyed[end] >>> 32) == cluster) {
                oneEntity &= (int) keyed[end] == (int) keyed[start];
                end++;
            }
            if (end - start >= 2) {
                clusters++;
                pure += oneEntity ? 1 : 0;
            }
            start = end;
        }
        return new long[] {clusters, pure};
    }
}
