package org.reachable.linkage.internal;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Learns the model's weights from the records themselves. u-probabilities come from comparing random pairs of
 * records (almost all of which are different people). m-probabilities come from expectation-maximisation over the
 * candidate pairs. The prior comes from the expected number of matches among the candidates.
 */
public final class Trainer {

    static final int RANDOM_PAIRS = 400_000;
    static final int ITERATIONS = 40;
    static final int MIN_SESSION_PAIRS = 30;
    static final double VALID_MISMATCH = 1e-4;
    static final int VALID_MISMATCH_LEVEL = 4;
    private static final int CHUNKS = 32;

    private final PairComparator comparator;
    private final List<Field> fields;
    private final boolean crossSourceOnly;
    private final long seed;
    private final boolean[] checked;

    public Trainer(PairComparator comparator, List<Field> fields, boolean crossSourceOnly, long seed) {
        this.comparator = comparator;
        this.checked = new boolean[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            Field field = fields.get(f);
            checked[f] = field.kind() == FieldKind.IDENTIFIER
                    && comparator.records().schema().checked()[field.slot()];
        }
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

    /**
     * Pairs people have decided about, as counts of their comparison patterns: the same person, or different people.
     */
    public record Decided(PatternCounts same, PatternCounts different) {

        static final Decided NONE = new Decided(new PatternCounts(), new PatternCounts());

        /**
         * The decided pairs among these records. A decided pair that is also a candidate is taken out of
         * {@code candidates}' counts, so it counts once, with its known answer, rather than once more with a guess.
         */
        public static Decided takenFrom(PatternCounts candidates, PairBuffer pairs, PairComparator comparator,
                                        List<org.reachable.linkage.LabelledPair> labelled) {
            if (labelled.isEmpty()) {
                return NONE;
            }
            EncodedRecords records = comparator.records();
            java.util.Map<String, Integer> index = new java.util.HashMap<>(records.size() * 2);
            for (int r = 0; r < records.size(); r++) {
                index.put(records.id(r), r);
            }
            Decided decided = new Decided(new PatternCounts(), new PatternCounts());
            java.util.Set<Long> decidedPairs = new java.util.HashSet<>();
            for (org.reachable.linkage.LabelledPair pair : labelled) {
                Integer i = index.get(pair.firstId());
                Integer j = index.get(pair.secondId());
                if (i != null && j != null && !i.equals(j) && decidedPairs.add(key(i, j))) {
                    (pair.same() ? decided.same : decided.different).add(comparator.pattern(i, j), 1);
                }
            }
            for (int k = 0; k < pairs.size(); k++) {
                if (decidedPairs.contains(key(pairs.first(k), pairs.second(k)))) {
                    candidates.add(pairs.pattern(k), -1);
                }
            }
            return decided;
        }

        private static long key(int i, int j) {
            return (long) Math.min(i, j) << 32 | Math.max(i, j);
        }
    }

    /** m by expectation-maximisation over the candidate pairs alone. */
    public double[][] mProbabilities(PatternCounts patterns, double[][] u) {
        return mProbabilities(patterns, Decided.NONE, u);
    }

    /**
     * m by expectation-maximisation over all candidate pairs. The non-matches among candidates agree far more often
     * than random pairs (siblings share a surname and an address), so EM estimates their own u alongside m, and only
     * m is kept: scoring uses the u of random pairs. Decided pairs take part with their posterior fixed at 1 (the same
     * person) or 0 (different people): a semi-supervised EM, where each decision counts as one pair.
     */
    public double[][] mProbabilities(PatternCounts patterns, Decided decided, double[][] u) {
        double[][] m = startingM();
        double[][] blockedU = copy(u);
        long[] total = new long[1];
        patterns.forEach((p, c) -> total[0] += c);
        decided.same().forEach((p, c) -> total[0] += c);
        decided.different().forEach((p, c) -> total[0] += c);
        if (total[0] < MIN_SESSION_PAIRS) {
            return m;
        }
        double lambda = 0.1;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] forMatch = new double[m.length][8];
            double[][] forNonMatch = new double[m.length][8];
            double[] matches = new double[1];
            double current = lambda;
            double[][] currentM = m;
            double[][] currentU = blockedU;
            patterns.forEach((p, c) -> {
                double logRatio = Math.log(current / (1 - current));
                for (int f = 0; f < currentM.length; f++) {
                    int level = Field.level(p, f);
                    if (level != 0) {
                        logRatio += Math.log(Math.max(currentM[f][level], MatchModel.MIN_PROBABILITY)
                                / Math.max(currentU[f][level], MatchModel.MIN_PROBABILITY));
                    }
                }
                double posterior = 1 / (1 + Math.exp(-Math.max(-700, Math.min(700, logRatio))));
                matches[0] += c * posterior;
                for (int f = 0; f < currentM.length; f++) {
                    int level = Field.level(p, f);
                    forMatch[f][level] += c * posterior;
                    forNonMatch[f][level] += c * (1 - posterior);
                }
            });
            decided.same().forEach((p, c) -> {
                matches[0] += c;
                for (int f = 0; f < currentM.length; f++) {
                    forMatch[f][Field.level(p, f)] += c;
                }
            });
            decided.different().forEach((p, c) -> {
                for (int f = 0; f < currentM.length; f++) {
                    forNonMatch[f][Field.level(p, f)] += c;
                }
            });
            lambda = Math.min(0.999, Math.max(1e-6, matches[0] / total[0]));
            double[][] nextM = new double[m.length][];
            double[][] nextU = new double[m.length][];
            for (int f = 0; f < m.length; f++) {
                nextM[f] = normalise(java.util.Arrays.copyOf(forMatch[f], m[f].length), 0.01);
                nextU[f] = normalise(java.util.Arrays.copyOf(forNonMatch[f], m[f].length), 0.01);
                if (checked[f]) {
                    holdValidMismatch(nextM[f]);
                }
            }
            m = nextM;
            blockedU = nextU;
        }
        return m;
    }

    /**
     * Two different numbers that both pass a check digit are almost never one person's (a typing error is caught by
     * the check digit): that level's m is held at {@link #VALID_MISMATCH} rather than learned, which also stops EM
     * from taking siblings (same surname and address) for the same person.
     */
    private static void holdValidMismatch(double[] m) {
        double others = 0;
        for (int l = 1; l < m.length; l++) {
            others += l == VALID_MISMATCH_LEVEL ? 0 : m[l];
        }
        for (int l = 1; l < m.length; l++) {
            m[l] = l == VALID_MISMATCH_LEVEL ? VALID_MISMATCH : m[l] * (1 - VALID_MISMATCH) / others;
        }
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
            if (checked[f]) {
                holdValidMismatch(m[f]);
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
