package org.reachable.bench.linkage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise and cluster accuracy of a predicted clustering against the truth (record id to true entity id).
 *
 * <p>The records evaluated are those in the truth. A truth record missing from the prediction counts as a
 * singleton and is counted in {@code missing}; a predicted record not in the truth is ignored and counted in
 * {@code unknown}. A pair is a set of two records; the predicted pairs are those inside one predicted cluster,
 * the true pairs those inside one true entity. Cluster precision is the share of predicted clusters of two or
 * more (evaluated) records whose records all belong to one true entity; it is 1 when there is no such cluster.
 */
record Evaluation(long records, long trueEntities, long truePairs, long predictedPairs, long truePositives,
                  long predictedClusters, long pureClusters, long missing, long unknown) {

    static Evaluation of(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Long> trueSizes = new HashMap<>();
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<String, Long> overlap = new HashMap<>();
        Map<String, Set<String>> entitiesInCluster = new HashMap<>();
        long missing = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String cluster = predicted.get(e.getKey());
            if (cluster == null) {
                missing++;
                cluster = "\u0000missing:" + e.getKey();
            }
            trueSizes.merge(e.getValue(), 1L, Long::sum);
            predictedSizes.merge(cluster, 1L, Long::sum);
            overlap.merge(cluster + '\u0001' + e.getValue(), 1L, Long::sum);
            entitiesInCluster.computeIfAbsent(cluster, k -> new HashSet<>()).add(e.getValue());
        }
        long unknown = predicted.keySet().stream().filter(id -> !truth.containsKey(id)).count();
        long predictedClusters = 0;
        long pure = 0;
        for (Map.Entry<String, Long> e : predictedSizes.entrySet()) {
            if (e.getValue() >= 2) {
                predictedClusters++;
                if (entitiesInCluster.get(e.getKey()).size() == 1) {
                    pure++;
                }
            }
        }
        return new Evaluation(truth.size(), trueSizes.size(), pairs(trueSizes), pairs(predictedSizes),
                pairs(overlap), predictedClusters, pure, missing, unknown);
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    double precision() {
        return predictedPairs == 0 ? 1.0 : (double) truePositives / predictedPairs;
    }

    double recall() {
        return truePairs == 0 ? 1.0 : (double) truePositives / truePairs;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    double clusterPrecision() {
        return predictedClusters == 0 ? 1.0 : (double) pureClusters / predictedClusters;
    }

    long falsePositives() {
        return predictedPairs - truePositives;
    }

    long falseNegatives() {
        return truePairs - truePositives;
    }

    String summary() {
        return "P=%.4f R=%.4f F1=%.4f clusterP=%.4f (records %d, entities %d, true pairs %d, predicted pairs %d, TP %d, FP %d, FN %d, clusters>=2 %d, missing %d, unknown %d)"
                .formatted(precision(), recall(), f1(), clusterPrecision(), records, trueEntities, truePairs,
                        predictedPairs, truePositives, falsePositives(), falseNegatives(), predictedClusters,
                        missing, unknown);
    }
}
