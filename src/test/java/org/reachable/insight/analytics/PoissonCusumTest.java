package org.reachable.insight.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Finds a rise injected into synthetic monthly counts; stays quiet on stable counts at the stated rate. */
class PoissonCusumTest {

    private static final int BASELINE = 24;
    private static final int MONITORED = 12;
    private static final int SERIES = 2000;

    @Test
    void findsARiseInjectedIntoSyntheticDataSoonAfterItStarts() {
        Random random = new Random(42);
        int found = 0;
        int delaySum = 0;
        for (int s = 0; s < SERIES; s++) {
            double mean = 5 + random.nextInt(60);
            long[] counts = series(random, mean, BASELINE + MONITORED, BASELINE + 3, 1.6);
            var signal = PoissonCusum.detect(counts, BASELINE);
            if (signal.isPresent() && signal.get().index() >= BASELINE + 3) {
                found++;
                delaySum += signal.get().index() - (BASELINE + 3);
            }
        }
        assertThat(found).as("rises of 60% found within the 9 months after they start").isGreaterThan(SERIES * 90 / 100);
        assertThat((double) delaySum / found).as("mean months from the start of the rise to the signal")
                .isLessThan(4.0);
    }

    @Test
    void staysQuietOnStableDataAtUnderFivePercentOfSeriesPerYear() {
        Random random = new Random(7);
        int alarms = 0;
        for (int s = 0; s < SERIES; s++) {
            double mean = 5 + random.nextInt(60);
            if (PoissonCusum.detect(series(random, mean, BASELINE + MONITORED, Integer.MAX_VALUE, 1), BASELINE)
                    .isPresent()) {
                alarms++;
            }
        }
        assertThat((double) alarms / SERIES).as("false-alarm rate per series-year").isLessThan(0.05);
    }

    @Test
    void theEvidenceExplainsTheSignal() {
        long[] counts = new long[BASELINE + 6];
        java.util.Arrays.fill(counts, 0, BASELINE, 10);
        java.util.Arrays.fill(counts, BASELINE, counts.length, 25);
        var signal = PoissonCusum.detect(counts, BASELINE).orElseThrow();
        assertThat(signal.baselineMean()).isEqualTo(10.0);
        assertThat(signal.cusum()).isGreaterThan(signal.threshold());
        assertThat(signal.index()).isEqualTo(BASELINE);
    }

    private static long[] series(Random random, double mean, int length, int riseFrom, double rise) {
        long[] counts = new long[length];
        for (int t = 0; t < length; t++) {
            counts[t] = poisson(random, t >= riseFrom ? mean * rise : mean);
        }
        return counts;
    }

    /** Knuth's method, fine for the means used here. */
    private static long poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double p = 1;
        long k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
