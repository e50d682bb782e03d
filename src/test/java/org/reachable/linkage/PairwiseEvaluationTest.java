package org.reachable.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Pairwise precision, recall and F1, and cluster precision, counted as the benchmarks report them. */
class PairwiseEvaluationTest {

    @Test
    void countsPairsAndPureClusters() {
        // truth: {0,1,2} {3,4}; predicted: {0,1} {2,3} {4}
        PairwiseEvaluation e = PairwiseEvaluation.of(new int[] {0, 0, 1, 1, 2},
                Arrays.asList("a", "a", "a", "b", "b"), null);
        assertThat(e.truePairs()).isEqualTo(4);
        assertThat(e.predictedPairs()).isEqualTo(2);
        assertThat(e.correctPairs()).isEqualTo(1);
        assertThat(e.precision()).isEqualTo(0.5);
        assertThat(e.recall()).isEqualTo(0.25);
        assertThat(e.clusterPrecision()).isEqualTo(0.5);
    }

    @Test
    void inLinkModeOnlyPairsAcrossTheSidesCount() {
        PairwiseEvaluation e = PairwiseEvaluation.of(new int[] {0, 0, 0}, Arrays.asList("a", "a", "a"),
                new int[] {0, 0, 1});
        assertThat(e.truePairs()).isEqualTo(2);
        assertThat(e.correctPairs()).isEqualTo(2);
    }
}
