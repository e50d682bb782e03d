package org.reachable.linkage;

import java.time.Duration;
import java.util.List;
import org.reachable.linkage.internal.EncodedRecords;
import org.reachable.linkage.internal.Explainer;
import org.reachable.linkage.internal.PairBuffer;
import org.reachable.linkage.internal.PairComparator;

/**
 * The outcome of deduplicating or linking a set of records: a cluster (person) number for every record in input
 * order, the pairs for review, what blocking did, the learned model and the time each phase took.
 */
public final class LinkageResult {

    private final PairComparator comparator;
    private final PairBuffer candidates;
    private final int[] clusters;
    private final List<ReviewPair> reviews;
    private final BlockingStatistics blocking;
    private final long automaticLinks;
    private final long refusedLinks;
    private final LinkageModel model;
    private final Timings timings;

    /** Wall time of each phase. */
    public record Timings(Duration encode, Duration block, Duration train, Duration score, Duration cluster) {

        public Duration total() {
            return encode.plus(block).plus(train).plus(score).plus(cluster);
        }
    }

    LinkageResult(PairComparator comparator, PairBuffer candidates, int[] clusters, List<ReviewPair> reviews,
                  BlockingStatistics blocking, long automaticLinks, long refusedLinks, LinkageModel model,
                  Timings timings) {
        this.comparator = comparator;
        this.candidates = candidates;
        this.clusters = clusters;
        this.reviews = reviews;
        this.blocking = blocking;
        this.automaticLinks = automaticLinks;
        this.refusedLinks = refusedLinks;
        this.model = model;
        this.timings = timings;
    }

    public int size() {
        return clusters.length;
    }

    public String recordId(int index) {
        return comparator.records().id(index);
    }

    /** The cluster number of the record at this input position; records of one person share it. */
    public int cluster(int index) {
        return clusters[index];
    }

    public int clusterCount() {
        int max = -1;
        for (int c : clusters) {
            max = Math.max(max, c);
        }
        return max + 1;
    }

    public List<ReviewPair> reviews() {
        return reviews;
    }

    public BlockingStatistics blocking() {
        return blocking;
    }

    /** Candidate pairs at or above the link threshold. */
    public long automaticLinks() {
        return automaticLinks;
    }

    /** Automatic links the clustering refused (a contradiction in the merged cluster); they are in the reviews. */
    public long refusedLinks() {
        return refusedLinks;
    }

    public LinkageModel model() {
        return model;
    }

    public Timings timings() {
        return timings;
    }

    /**
     * How many candidate pairs blocking produced whose two records are the same person by {@code truth} (one entry
     * per record, null when unknown): with the number of true pairs, the blocking recall.
     */
    public long candidateTruePairs(List<String> truth) {
        long found = 0;
        for (int k = 0; k < candidates.size(); k++) {
            String a = truth.get(candidates.first(k));
            if (a != null && !a.isBlank() && a.equals(truth.get(candidates.second(k)))) {
                found++;
            }
        }
        return found;
    }

    /** Each field's evidence for the records at two input positions (compared whether or not blocking paired them). */
    public List<FieldEvidence> explain(int first, int second) {
        EncodedRecords records = comparator.records();
        if (first < 0 || second < 0 || first >= records.size() || second >= records.size()) {
            throw new IllegalArgumentException("No record at position " + first + " or " + second);
        }
        int i = Math.min(first, second);
        return Explainer.explain(comparator, model.weights(), i, Math.max(first, second));
    }
}
