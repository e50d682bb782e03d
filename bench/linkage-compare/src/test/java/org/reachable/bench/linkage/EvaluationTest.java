package org.reachable.bench.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EvaluationTest {

    // Truth: {a,b,c} one person, {d,e} another, {f} alone. True pairs: ab ac bc de = 4.
    private static final Map<String, String> TRUTH = Map.of("a", "P1", "b", "P1", "c", "P1", "d", "P2", "e", "P2",
            "f", "P3");

    @Test
    void perfect_prediction_scores_one_everywhere() {
        Evaluation e = Evaluation.of(Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y", "f", "z"), TRUTH);

        assertEquals(4, e.truePairs());
        assertEquals(4, e.predictedPairs());
        assertEquals(1.0, e.precision());
        assertEquals(1.0, e.recall());
        assertEquals(1.0, e.f1());
        assertEquals(2, e.predictedClusters());
        assertEquals(1.0, e.clusterPrecision());
    }

    @Test
    void a_split_costs_recall_but_not_precision() {
        // {a,b} {c} {d,e} {f}: predicted pairs ab de, both true; missed ac bc.
        Evaluation e = Evaluation.of(Map.of("a", "1", "b", "1", "c", "2", "d", "3", "e", "3", "f", "4"), TRUTH);

        assertEquals(2, e.predictedPairs());
        assertEquals(2, e.truePositives());
        assertEquals(1.0, e.precision());
        assertEquals(0.5, e.recall());
        assertEquals(2.0 / 3, e.f1(), 1e-12);
        assertEquals(1.0, e.clusterPrecision());
    }

    @Test
    void a_merge_costs_precision_and_cluster_precision() {
        // {a,b,c,d,e} {f}: 10 predicted pairs, 4 true; the one cluster of two or more is impure.
        Evaluation e = Evaluation.of(Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "1", "f", "2"), TRUTH);

        assertEquals(10, e.predictedPairs());
        assertEquals(4, e.truePositives());
        assertEquals(0.4, e.precision(), 1e-12);
        assertEquals(1.0, e.recall());
        assertEquals(6, e.falsePositives());
        assertEquals(0, e.falseNegatives());
        assertEquals(1, e.predictedClusters());
        assertEquals(0.0, e.clusterPrecision());
    }

    @Test
    void cluster_precision_counts_only_clusters_of_two_or_more() {
        // {a,b} pure, {c,f} impure, {d} {e} singletons: cluster precision 1/2.
        Evaluation e = Evaluation.of(Map.of("a", "1", "b", "1", "c", "2", "f", "2", "d", "3", "e", "4"), TRUTH);

        assertEquals(2, e.predictedClusters());
        assertEquals(1, e.pureClusters());
        assertEquals(0.5, e.clusterPrecision());
        assertEquals(1, e.truePositives());
        assertEquals(0.5, e.precision());
        assertEquals(0.25, e.recall());
    }

    @Test
    void missing_records_are_singletons_and_unknown_records_are_ignored() {
        Evaluation e = Evaluation.of(Map.of("a", "1", "b", "1", "zz", "1"), TRUTH);

        assertEquals(6, e.records());
        assertEquals(4, e.missing());
        assertEquals(1, e.unknown());
        assertEquals(1, e.predictedPairs());
        assertEquals(1, e.truePositives());
        assertEquals(0.25, e.recall());
    }

    @Test
    void nothing_predicted_has_precision_one_and_recall_zero() {
        Evaluation e = Evaluation.of(Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5", "f", "6"), TRUTH);

        assertEquals(1.0, e.precision());
        assertEquals(0.0, e.recall());
        assertEquals(0.0, e.f1());
        assertEquals(1.0, e.clusterPrecision());
    }

    @Test
    void connected_components_join_chains() {
        Clustering c = Clustering.ofPairs(List.of("a", "b", "c", "d"),
                List.of(new String[] {"a", "b"}, new String[] {"c", "b"}));

        assertEquals(c.clusterOf().get("a"), c.clusterOf().get("c"));
        assertEquals("d", c.clusterOf().get("d"));
    }
}
