package org.reachable.linkage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.reachable.linkage.internal.Blocker;
import org.reachable.linkage.internal.BlockingRule;
import org.reachable.linkage.internal.Clusterer;
import org.reachable.linkage.internal.EncodedRecords;
import org.reachable.linkage.internal.Field;
import org.reachable.linkage.internal.MatchModel;
import org.reachable.linkage.internal.Nicknames;
import org.reachable.linkage.internal.PairBuffer;
import org.reachable.linkage.internal.PairComparator;
import org.reachable.linkage.internal.PatternCounts;
import org.reachable.linkage.internal.PersonalEvidence;
import org.reachable.linkage.internal.Schema;
import org.reachable.linkage.internal.Trainer;

/**
 * Batch record linkage. {@link #deduplicate} finds the people in one set of records (duplicates anywhere, across
 * sources too); {@link #link} links two sets and never pairs two records of the same set. Both learn the model from
 * the records they are given (u from random pairs, m by expectation-maximisation over the blocked pairs), score
 * every candidate pair, and cluster the automatic links.
 */
public final class Linkage {

    static final long SEED = 20_260_601L;

    private Linkage() {
    }

    public static LinkageResult deduplicate(List<PersonRecord> records, LinkageSettings settings) {
        return run(records, false, settings);
    }

    /** Links {@code left} to {@code right}; with {@code settings.oneToOne()} each record links to at most one. */
    public static LinkageResult link(List<PersonRecord> left, List<PersonRecord> right, LinkageSettings settings) {
        List<PersonRecord> both = new ArrayList<>(left.size() + right.size());
        left.forEach(r -> both.add(withSource(r, "left")));
        right.forEach(r -> both.add(withSource(r, "right")));
        return run(both, true, settings);
    }

    /** A model learned from these records (as {@link #deduplicate} would), for a {@link LinkageIndex}. */
    public static LinkageModel train(List<PersonRecord> records, LinkageSettings settings) {
        return train(records, settings, List.of());
    }

    /**
     * A model learned from these records and from people's decisions about pairs of them. The decided pairs take part
     * in expectation-maximisation with their answer fixed (certainly the same person, or certainly not) instead of
     * the model's guess, so each decision pulls the m-probabilities of its comparison pattern towards what the
     * reviewer saw. Pairs naming a record that is not among {@code records} are ignored.
     */
    public static LinkageModel train(List<PersonRecord> records, LinkageSettings settings,
                                     List<LabelledPair> decided) {
        return run(records, false, settings, decided).model();
    }

    private static PersonRecord withSource(PersonRecord r, String source) {
        return new PersonRecord(r.id(), source, r.givenNames(), r.familyName(), r.otherNames(), r.dateOfBirth(),
                r.sex(), r.postcode(), r.address(), r.identifiers(), r.attributes());
    }

    private static LinkageResult run(List<PersonRecord> input, boolean crossSourceOnly, LinkageSettings settings) {
        return run(input, crossSourceOnly, settings, List.of());
    }

    private static LinkageResult run(List<PersonRecord> input, boolean crossSourceOnly, LinkageSettings settings,
                                     List<LabelledPair> decided) {
        long started = System.nanoTime();
        Schema schema = Schema.of(input, settings.check());
        Nicknames nicknames = Nicknames.standard();
        EncodedRecords records = new EncodedRecords(schema, settings.check(), nicknames, input.size());
        records.addAll(input);
        PairComparator comparator = new PairComparator(records);
        List<Field> fields = Field.of(schema);
        List<BlockingRule> rules = BlockingRule.standard(schema, records);
        long encoded = System.nanoTime();

        Blocker.Result blocked = new Blocker(comparator, rules, crossSourceOnly, settings.maxBlockSize()).candidates();
        PairBuffer pairs = blocked.pairs();
        long block = System.nanoTime();

        Trainer trainer = new Trainer(comparator, fields, crossSourceOnly, SEED);
        long possible = blocked.statistics().possiblePairs();
        double[][] u = trainer.uProbabilities(possible);
        PatternCounts patterns = PatternCounts.of(pairs);
        Trainer.Decided known = Trainer.Decided.takenFrom(patterns, pairs, comparator, decided);
        double[][] m = trainer.mProbabilities(patterns, known, u);
        double prior = trainer.prior(patterns, m, u, pairs.size(), possible);
        MatchModel weights = new MatchModel(fields, m, u, prior);
        LinkageModel model = new LinkageModel(schema, weights, settings, nicknames, rules);
        long train = System.nanoTime();

        float[] score = new float[pairs.size()];
        IntStream.range(0, pairs.size()).parallel()
                .forEach(k -> score[k] = (float) weights.weight(records, pairs.first(k), pairs.pattern(k)));
        long scored = System.nanoTime();

        double linkWeight = MatchModel.weightOf(settings.linkThreshold());
        double reviewWeight = MatchModel.weightOf(settings.reviewThreshold());
        PersonalEvidence personal = new PersonalEvidence(fields, schema);
        for (int k = 0; k < score.length; k++) {
            if (settings.householdCheck() && score[k] >= linkWeight && !personal.present(pairs.pattern(k))) {
                score[k] = (float) Math.min(score[k], Math.nextDown(linkWeight));
            }
        }
        int[] links = strongestFirst(score, linkWeight);
        Clusterer clusterer = new Clusterer(comparator, weights, MatchModel.weightOf(settings.clusterCoherence()),
                settings.oneToOne());
        boolean[] refused = clusterer.merge(pairs, links);
        int[] clusters = clusterer.clusters();
        List<ReviewPair> reviews = reviews(records, pairs, score, clusters, links, refused, reviewWeight, linkWeight);
        long clustered = System.nanoTime();

        LinkageResult.Timings timings = new LinkageResult.Timings(Duration.ofNanos(encoded - started),
                Duration.ofNanos(block - encoded), Duration.ofNanos(train - block), Duration.ofNanos(scored - train),
                Duration.ofNanos(clustered - scored));
        return new LinkageResult(comparator, pairs, clusters, reviews, blocked.statistics(), links.length,
                clusterer.refused(), model, timings);
    }

    /** Indexes of pairs at or above the weight, strongest first (ties in pair order, so runs repeat exactly). */
    private static int[] strongestFirst(float[] score, double minimum) {
        long[] keyed = new long[score.length];
        int count = 0;
        for (int k = 0; k < score.length; k++) {
            if (score[k] >= minimum) {
                int bits = Float.floatToIntBits(-score[k]);
                bits ^= (bits >> 31) & 0x7fffffff;
                keyed[count++] = (long) bits << 32 | k;
            }
        }
        long[] sorted = Arrays.copyOf(keyed, count);
        Arrays.parallelSort(sorted);
        int[] order = new int[count];
        for (int x = 0; x < count; x++) {
            order[x] = (int) sorted[x];
        }
        return order;
    }

    private static List<ReviewPair> reviews(EncodedRecords records, PairBuffer pairs, float[] score, int[] clusters,
                                            int[] links, boolean[] refused, double reviewWeight, double linkWeight) {
        List<ReviewPair> reviews = new ArrayList<>();
        for (int x = 0; x < links.length; x++) {
            int k = links[x];
            if (refused[x] && clusters[pairs.first(k)] != clusters[pairs.second(k)]) {
                reviews.add(new ReviewPair(records.id(pairs.first(k)), records.id(pairs.second(k)),
                        MatchModel.probability(score[k]), true));
            }
        }
        for (int k = 0; k < score.length; k++) {
            if (score[k] >= reviewWeight && score[k] < linkWeight
                    && clusters[pairs.first(k)] != clusters[pairs.second(k)]) {
                reviews.add(new ReviewPair(records.id(pairs.first(k)), records.id(pairs.second(k)),
                        MatchModel.probability(score[k]), false));
            }
        }
        return List.copyOf(reviews);
    }
}
