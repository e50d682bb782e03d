package org.reachable.linkage.internal;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Learns the model's weights from the records themselves. u-probabilities come from comparing random pairs of
 * records (almost all of which are different people). m-probabilities come from expectation-maximisation over the
 * candidate pairs, one session per blocking rule with u held fixed: a rule's own fields agree by construction on
 * the pairs it found, so a session does not learn them and each field's m is the mean over the sessions that did.
 * The prior comes from the expected number of matches among the candidates.
 */
public final class Trainer {

    static final int RANDOM_PAIRS = 400_000;
    static final int ITERATIONS = 40;
    static final int MIN_SESSION_PAIRS = 30;
    private static final int CHUNKS = 32;

    private final PairComparator comparator;
    private final List<Field> fields;
    private final boolean crossSourceOnly;
    private final long seed;

    public Trainer(PairComparator comparator, List<Field> fields, boolean crossSourceOnly, long seed) {
        this.comparator = comparator;
        this.fields = fields;
        this.crossSourceOnly = crossSourceOnly;
        this.seed = seed;
    }

    /** u for each field and level (level 0, missing, is not estimated) from random pairs. */
    public double[][] uProbabilities(long possiblePairs) {
        int n = comparator.records().size();
        int samples = (int) Math.min(RANDOM_PAIRS, Math.max(possiblePairs, 1));
        long[][][] partial = IntStream.range(0, CHUNKS).parallel()
                .mapToObj(c -> sample(new SplittableRandom(seed + c), samples / CHUNKS + 1, n))
                .toArray(long[][][]::new);
        double[][] u = new double[fields.size()][];
        for (int f = 0; f < u.length; f++) {
            int levels = fields.get(f).kind().levels();
            long[] counts = new long[levels];
            for (long[][] part : partial) {
                for (int l = 1; l < levels; l++) {
                    counts[l] += part[f][l];
                }
            }
            u[f] = normalise(counts, 0.5);
        }
        return u;
    }

    private long[][] sample(SplittableRandom random, int samples, int n) {
        long[][] counts = new long[fields.size()][8];
        EncodedRecords r = comparator.records();
        int done = 0;
        for (int attempt = 0; done < samples && attempt < samples * 20 && n > 1; attempt++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            if (i == j || crossSourceOnly && r.source[i] == r.source[j]) {
                continue;
            }
            long p = comparator.pattern(i, j);
            for (int f = 0; f < counts.length; f++) {
                counts[f][Field.level(p, f)]++;
            }
            done++;
        }
        return counts;
    }

    /** m by expectation-maximisation, one session per blocking rule. */
    public double[][] mProbabilities(PatternCounts patterns, List<BlockingRule> rules, double[][] u) {
        double[][] sum = new double[fields.size()][];
        int[] sessions = new int[fields.size()];
        double[][] start = startingM();
        for (int f = 0; f < sum.length; f++) {
            sum[f] = new double[fields.get(f).kind().levels()];
        }
        for (int rule = 0; rule < rules.size(); rule++) {
            boolean[] learn = new boolean[fields.size()];
            for (int f = 0; f < learn.length; f++) {
                learn[f] = !rules.get(rule).fields().contains(f);
            }
            double[][] m = session(patterns, 1L << (Blocker.RULE_SHIFT + rule), learn, u, copy(start));
            if (m == null) {
                continue;
            }
            for (int f = 0; f < sum.length; f++) {
                if (learn[f]) {
                    sessions[f]++;
                    for (int l = 1; l < sum[f].length; l++) {
                        sum[f][l] += m[f][l];
                    }
                }
            }
        }
        double[][] m = new double[fields.size()][];
        for (int f = 0; f < m.length; f++) {
            m[f] = start[f];
            if (sessions[f] > 0) {
                m[f] = new double[sum[f].length];
                for (int l = 1; l < m[f].length; l++) {
                    m[f][l] = sum[f][l] / sessions[f];
                }
            }
        }
        return m;
    }

    /** One EM session over the pairs whose rule mask has {@code ruleBit}; null when it found too few pairs. */
    private double[][] session(PatternCounts patterns, long ruleBit, boolean[] learn, double[][] u, double[][] m) {
        long[] total = new long[1];
        patterns.forEach((p, c) -> total[0] += (p & ruleBit) != 0 ? c : 0);
        if (total[0] < MIN_SESSION_PAIRS) {
            return null;
        }
        double lambda = 0.3;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] expected = new double[m.length][8];
            double[] matches = new double[1];
            double current = lambda;
            double[][] currentM = m;
            patterns.forEach((p, c) -> {
                if ((p & ruleBit) == 0) {
                    return;
                }
                double logRatio = Math.log(current / (1 - current));
                for (int f = 0; f < currentM.length; f++) {
                    int level = Field.level(p, f);
                    if (learn[f] && level != 0) {
                        logRatio += Math.log(Math.max(currentM[f][level], MatchModel.MIN_PROBABILITY)
                                / Math.max(u[f][level], MatchModel.MIN_PROBABILITY));
                    }
                }
                double posterior = 1 / (1 + Math.exp(-Math.max(-700, Math.min(700, logRatio))));
                matches[0] += c * posterior;
                for (int f = 0; f < currentM.length; f++) {
                    expected[f][Field.level(p, f)] += c * posterior;
                }
            });
            lambda = Math.min(0.999, Math.max(1e-6, matches[0] / total[0]));
            double[][] next = new double[m.length][];
            for (int f = 0; f < m.length; f++) {
                next[f] = learn[f] ? normalise(java.util.Arrays.copyOf(expected[f], m[f].length), 0.01) : m[f];
            }
            m = next;
        }
        return m;
    }

    /** The prior: expected matches among the candidates (mean posterior, no frequency adjustment) over all pairs. */
    public double prior(PatternCounts patterns, double[][] m, double[][] u, long candidates, long possiblePairs) {
        double lambda = 0.1;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] matches = new double[1];
            double current = lambda;
            patterns.forEach((p, c) -> {
                double logRatio = Math.log(current / (1 - current));
                for (int f = 0; f < m.length; f++) {
                    int level = Field.level(p, f);
                    if (level != 0) {
                        logRatio += Math.log(Math.max(m[f][level], MatchModel.MIN_PROBABILITY)
                                / Math.max(u[f][level], MatchModel.MIN_PROBABILITY));
                    }
                }
                matches[0] += c / (1 + Math.exp(-Math.max(-700, Math.min(700, logRatio))));
            });
            lambda = Math.min(0.999, Math.max(1e-9, matches[0] / Math.max(candidates, 1)));
        }
        double expectedMatches = lambda * candidates;
        return Math.min(0.5, Math.max(expectedMatches, 1) / Math.max(possiblePairs, 1));
    }

    /** The starting point of EM: most matches agree exactly, few disagree outright. */
    double[][] startingM() {
        double[][] m = new double[fields.size()][];
        for (int f = 0; f < m.length; f++) {
            int levels = fields.get(f).kind().levels();
            m[f] = new double[levels];
            m[f][1] = 0.8;
            m[f][levels - 1] = 0.02;
            for (int l = 2; l < levels - 1; l++) {
                m[f][l] = 0.18 / (levels - 3);
            }
        }
        return m;
    }

    private static double[] normalise(double[] counts, double pseudo) {
        double total = 0;
        for (int l = 1; l < counts.length; l++) {
            total += counts[l] + pseudo;
        }
        double[] p = new double[counts.length];
        for (int l = 1; l < counts.length; l++) {
            p[l] = (counts[l] + pseudo) / total;
        }
        return p;
    }

    private static double[] normalise(long[] counts, double pseudo) {
        double[] asDouble = new double[counts.length];
        for (int l = 0; l < counts.length; l++) {
            asDouble[l] = counts[l];
        }
        return normalise(asDouble, pseudo);
    }

    private static double[][] copy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int f = 0; f < m.length; f++) {
            copy[f] = m[f].clone();
        }
        return copy;
    }
}
