package org.reachable.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachable.linkage.internal.BlockingRule;
import org.reachable.linkage.internal.EncodedRecords;
import org.reachable.linkage.internal.Explainer;
import org.reachable.linkage.internal.MatchModel;
import org.reachable.linkage.internal.PairComparator;
import org.reachable.linkage.internal.PersonalEvidence;
import org.reachable.linkage.internal.Postings;
import org.reachable.linkage.internal.ThresholdScorer;

/**
 * People held for streaming linkage: add (or replace) and remove records, and score one incoming record against all
 * of them. Only records sharing a blocking key with the incoming one are compared, so a query costs about the same
 * against a thousand people as against a million. Thread-safe (one operation at a time).
 */
public final class LinkageIndex {

    private final LinkageModel model;
    private final EncodedRecords records;
    private final PairComparator comparator;
    private final ThresholdScorer scorer;
    private final List<BlockingRule> rules;
    private final PersonalEvidence personal;
    private final Postings postings = new Postings();
    /**
     * Per rule with a refiner: the entries of its large blocks (more than {@link BlockingRule#REFINE_ABOVE}) under
     * each of their sub-keys, keyed by block key and sub-key. A query then reads only the entries sharing a sub-key with
     * the probe instead of reading the whole block and computing every entry's sub-keys (a tenth of the events API's
     * CPU before). Small blocks have none: they are read whole. Made when a rule's first block grows large.
     */
    private final Postings[] refined;
    private final Map<String, Integer> slotById = new HashMap<>();
    private final int[] ruleKeys = new int[BlockingRule.KEYS];
    private final int[] keys = new int[BlockingRule.KEYS];
    private final int[] keySlot = new int[BlockingRule.KEYS];
    private final int[] probeSubKeys = new int[BlockingRule.SUB_KEYS];
    private final int[] subKeys = new int[BlockingRule.SUB_KEYS];
    private boolean[] alive = new boolean[64];
    private int[] gathered = new int[256];

    private LinkageIndex(LinkageModel model) {
        this.model = model;
        this.records = new EncodedRecords(model.schema(), model.settings().check(), model.nicknames(), 64);
        this.comparator = new PairComparator(records);
        this.scorer = new ThresholdScorer(records, comparator, model.weights());
        this.rules = model.rules();
        this.personal = new PersonalEvidence(model.weights().fields(), model.schema());
        this.refined = new Postings[rules.size()];
    }

    /** An empty index that scores with this model and decides by its settings' thresholds. */
    public static LinkageIndex create(LinkageModel model) {
        return new LinkageIndex(model);
    }

    /** Adds a person's record, replacing any record with the same id. */
    public synchronized void add(PersonRecord record) {
        remove(record.id());
        int slot = records.add(record, true);
        if (slot >= alive.length) {
            alive = Arrays.copyOf(alive, alive.length * 2);
        }
        alive[slot] = true;
        slotById.put(record.id(), slot);
        for (int r = 0; r < rules.size(); r++) {
            int count = keysOf(r, slot);
            for (int k = 0; k < count; k++) {
                long key = postingKey(r, keys[k]);
                int entry = slot << 2 | keySlot[k];
                postings.add(key, entry);
                if (rules.get(r).refiner() != null) {
                    int held = postings.size(key);
                    if (held == BlockingRule.REFINE_ABOVE + 1) {
                        refineBlock(r, keys[k], key);
                    } else if (held > BlockingRule.REFINE_ABOVE + 1) {
                        addRefined(r, keys[k], entry);
                    }
                }
            }
        }
    }

    /** The block has just grown past the size where it is read by sub-key: files all its entries by sub-key. */
    private void refineBlock(int rule, int blockKey, long key) {
        if (refined[rule] == null) {
            refined[rule] = new Postings();
        }
        if (gathered.length < postings.size(key)) {
            gathered = Arrays.copyOf(gathered, postings.size(key) * 2);
        }
        int end = postings.collect(key, gathered, 0);
        for (int x = 0; x < end; x++) {
            addRefined(rule, blockKey, gathered[x]);
        }
    }

    private void addRefined(int rule, int blockKey, int entry) {
        Arrays.fill(subKeys, 0);
        rules.get(rule).refiner().subKeys(records, entry >>> 2, entry & 3, subKeys);
        for (int s = 0; s < subKeys.length; s++) {
            if (subKeys[s] != 0 && !repeats(subKeys, s)) {
                refined[rule].add(refinedKey(blockKey, subKeys[s]), entry);
            }
        }
    }

    /** Removes the record with this id; false when there was none. */
    public synchronized boolean remove(String id) {
        Integer slot = slotById.remove(id);
        if (slot == null) {
            return false;
        }
        alive[slot] = false;
        records.count(slot, -1);
        return true;
    }

    public synchronized int size() {
        return slotById.size();
    }

    /**
     * The held records most likely to be the same person as {@code incoming} (itself excluded if held), best first,
     * at most {@code limit}, each with its decision and evidence. Only candidates at or above the review threshold
     * are returned: an empty list means a new person.
     */
    public synchronized List<Candidate> bestCandidates(PersonRecord incoming, int limit) {
        int probe = records.add(incoming, false);
        try {
            int found = comparedWith(incoming, probe);
            double reviewWeight = MatchModel.weightOf(model.settings().reviewThreshold());
            long[] ranked = new long[found];
            int kept = 0;
            scorer.start(probe, reviewWeight);
            for (int x = 0; x < found; x++) {
                int slot = gathered[x];
                long pattern = scorer.pattern(slot);
                if (pattern == ThresholdScorer.BELOW) {
                    continue;
                }
                double weight = model.weights().weight(records, probe, pattern);
                if (weight >= reviewWeight) {
                    int bits = Float.floatToIntBits((float) -weight);
                    bits ^= (bits >> 31) & 0x7fffffff;
                    ranked[kept++] = (long) bits << 32 | slot;
                }
            }
            Arrays.sort(ranked, 0, kept);
            List<Candidate> best = new ArrayList<>();
            for (int x = 0; x < Math.min(kept, limit); x++) {
                best.add(candidate(probe, (int) ranked[x]));
            }
            return List.copyOf(best);
        } finally {
            records.dropLast();
        }
    }

    /**
     * The ids of the held records {@code incoming} is compared with: those sharing a blocking key with it, in a large
     * block only those also sharing a sub-key (what blocking recall is measured on).
     */
    public synchronized List<String> blockedWith(PersonRecord incoming) {
        int probe = records.add(incoming, false);
        try {
            int found = comparedWith(incoming, probe);
            List<String> ids = new ArrayList<>(found);
            for (int x = 0; x < found; x++) {
                ids.add(records.id(gathered[x]));
            }
            return ids;
        } finally {
            records.dropLast();
        }
    }

    /**
     * The slots of the live held records the probe (encoded from {@code incoming}) is compared with, itself left out
     * when it is held, in {@code gathered}; returns their count.
     */
    private int comparedWith(PersonRecord incoming, int probe) {
        int found = gather(probe);
        Integer self = slotById.get(incoming.id());
        int kept = 0;
        for (int x = 0; x < found; x++) {
            int slot = gathered[x];
            if (alive[slot] && (self == null || self != slot)) {
                gathered[kept++] = slot;
            }
        }
        return kept;
    }

    private Candidate candidate(int probe, int slot) {
        long pattern = comparator.pattern(probe, slot);
        double weight = model.weights().weight(records, probe, pattern);
        double probability = MatchModel.probability(weight);
        MatchDecision decision = model.settings().decide(probability);
        if (decision == MatchDecision.LINK && model.settings().householdCheck() && !personal.present(pattern)) {
            decision = MatchDecision.REVIEW;
        }
        return new Candidate(records.id(slot), probability, weight, decision,
                Explainer.explain(comparator, model.weights(), probe, slot));
    }

    /**
     * The distinct record slots sharing a key with the probe, as batch blocking would compare them: a key held by
     * more than {@link BlockingRule#REFINE_ABOVE} records gives only those also sharing a sub-key with the probe, and
     * a key (or, once refined, its matches) held by more than the block cap gives none.
     */
    private int gather(int probe) {
        int size = 0;
        int cap = model.settings().maxBlockSize();
        for (int r = 0; r < rules.size(); r++) {
            int count = keysOf(r, probe);
            for (int k = 0; k < count; k++) {
                long key = postingKey(r, keys[k]);
                int held = postings.size(key);
                boolean refine = rules.get(r).refiner() != null && held > BlockingRule.REFINE_ABOVE;
                if (!refine && held > cap) {
                    continue;
                }
                int end = refine ? sharingSubKey(r, keys[k], probe, keySlot[k], size) : collect(key, held, size);
                if (refine && end - size > cap) {
                    end = size;
                }
                for (int x = size; x < end; x++) {
                    gathered[x] >>>= 2;
                }
                size = end;
            }
        }
        return distinct(0, size);
    }

    private int collect(long key, int held, int size) {
        ensureRoom(size + held);
        return postings.collect(key, gathered, size);
    }

    /**
     * Appends the entries of the block {@code blockKey} of rule {@code rule} that share a sub-key with the probe (its
     * key in slot {@code probeSlot}), each once; returns the new end.
     */
    private int sharingSubKey(int rule, int blockKey, int probe, int probeSlot, int from) {
        Arrays.fill(probeSubKeys, 0);
        rules.get(rule).refiner().subKeys(records, probe, probeSlot, probeSubKeys);
        int end = from;
        for (int s = 0; s < probeSubKeys.length; s++) {
            if (probeSubKeys[s] != 0 && !repeats(probeSubKeys, s)) {
                long key = refinedKey(blockKey, probeSubKeys[s]);
                ensureRoom(end + refined[rule].size(key));
                end = refined[rule].collect(key, gathered, end);
            }
        }
        return distinct(from, end);
    }

    /** Sorts gathered[from, to) and keeps each value once, from {@code from}; returns the new end. */
    private int distinct(int from, int to) {
        Arrays.sort(gathered, from, to);
        int end = from;
        for (int x = from; x < to; x++) {
            if (x == from || gathered[x] != gathered[x - 1]) {
                gathered[end++] = gathered[x];
            }
        }
        return end;
    }

    private void ensureRoom(int size) {
        if (gathered.length < size) {
            gathered = Arrays.copyOf(gathered, size * 2);
        }
    }

    /** Whether {@code values[s]} already appears before position s. */
    private static boolean repeats(int[] values, int s) {
        for (int t = 0; t < s; t++) {
            if (values[t] == values[s]) {
                return true;
            }
        }
        return false;
    }

    /** Writes the record's distinct keys under the rule into {@code keys} (their slots into keySlot); the count. */
    private int keysOf(int rule, int slot) {
        Arrays.fill(ruleKeys, 0);
        rules.get(rule).keys().keys(records, slot, ruleKeys);
        int count = 0;
        for (int s = 0; s < ruleKeys.length; s++) {
            if (ruleKeys[s] != 0 && !repeats(ruleKeys, s)) {
                keys[count] = ruleKeys[s];
                keySlot[count++] = s;
            }
        }
        return count;
    }

    private static long postingKey(int rule, int key) {
        return (long) rule << 32 | (key & 0xFFFFFFFFL);
    }

    private static long refinedKey(int blockKey, int subKey) {
        return (long) blockKey << 32 | (subKey & 0xFFFFFFFFL);
    }
}
