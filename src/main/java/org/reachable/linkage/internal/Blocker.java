package org.reachable.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.reachable.linkage.BlockingStatistics;

/**
 * Finds the candidate pairs: for each rule, sorts (key, record) entries so records sharing a key sit together, and
 * compares every pair inside each block, in parallel. A block above {@link BlockingRule#REFINE_ABOVE} records (by
 * default) is compared by sub-blocks: records also sharing a sub-key of the rule's refiner. A pair is produced once:
 * by the first rule, the smallest key of that rule and the smallest sub-key of that block under which it is compared.
 * Blocks (or sub-blocks) above the cap are skipped and reported.
 */
public final class Blocker {

    private static final int KEYS = BlockingRule.KEYS;
    private static final int SUBS = BlockingRule.SUB_KEYS;
    private static final byte WHOLE = 0;
    private static final byte REFINED = 1;
    private static final byte CAPPED = 2;

    private final PairComparator comparator;
    private final EncodedRecords records;
    private final List<BlockingRule> rules;
    /**
     * Every record's keys under every rule, record by record ({@link #at}), so checking whether an earlier rule
     * already paired two records reads two short runs of memory.
     */
    private final int[] keys;
    /** For each key in {@link #keys}: how its block is compared (WHOLE, REFINED or CAPPED). */
    private final byte[] state;
    /** Keys per record: rules times KEYS. */
    private final int width;
    /** Per rule, the sub-keys of each (record, key slot) in a refined block; null while no block of the rule is. */
    private final int[][] subKeys;
    private final boolean crossSourceOnly;
    private final int maxBlock;
    private final int refineAbove;

    public Blocker(PairComparator comparator, List<BlockingRule> rules, boolean crossSourceOnly, int maxBlock) {
        this(comparator, rules, crossSourceOnly, maxBlock, BlockingRule.REFINE_ABOVE);
    }

    Blocker(PairComparator comparator, List<BlockingRule> rules, boolean crossSourceOnly, int maxBlock,
            int refineAbove) {
        this.refineAbove = refineAbove;
        this.comparator = comparator;
        this.records = comparator.records();
        this.rules = rules;
        this.crossSourceOnly = crossSourceOnly;
        this.maxBlock = maxBlock;
        this.subKeys = new int[rules.size()][];
        int n = records.size();
        this.width = rules.size() * KEYS;
        this.keys = new int[n * width];
        this.state = new byte[n * width];
        IntStream.range(0, n).parallel().forEach(i -> {
            int[] out = new int[KEYS];
            for (int r = 0; r < rules.size(); r++) {
                Arrays.fill(out, 0);
                rules.get(r).keys().keys(records, i, out);
                for (int s = 0; s < KEYS; s++) {
                    keys[at(i, r) + s] = repeats(out, s) ? 0 : out[s];
                }
            }
        });
    }

    /** Where record i's keys under rule r start in {@link #keys} and {@link #state}. */
    private int at(int i, int r) {
        return i * width + r * KEYS;
    }

    /** Whether the key in slot s is missing or repeats an earlier slot's (a record sits in a block once). */
    private static boolean repeats(int[] out, int s) {
        for (int t = 0; t < s; t++) {
            if (out[t] == out[s]) {
                return true;
            }
        }
        return false;
    }

    public record Result(PairBuffer pairs, BlockingStatistics statistics) {
    }

    public Result candidates() {
        List<PairBuffer> parts = new ArrayList<>();
        List<BlockingStatistics.Rule> stats = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            long[] entries = entries(r);
            int[] starts = blockStarts(entries);
            int largest = 0;
            for (int b = 0; b + 1 < starts.length; b++) {
                largest = Math.max(largest, starts[b + 1] - starts[b]);
            }
            long[] capped = new long[3];
            long refinedBlocks = classify(r, entries, starts, capped);
            List<PairBuffer> found = compareBlocks(r, entries, starts);
            long added = found.stream().mapToLong(PairBuffer::size).sum();
            parts.addAll(found);
            stats.add(new BlockingStatistics.Rule(rules.get(r).name(), starts.length - 1L, largest, added, capped[0],
                    capped[1], capped[2], refinedBlocks));
        }
        PairBuffer all = PairBuffer.concat(parts);
        return new Result(all, new BlockingStatistics(possiblePairs(), all.size(), List.copyOf(stats)));
    }

    /** (key, record) packed in a long and sorted, so equal keys are adjacent. */
    private long[] entries(int r) {
        int n = records.size();
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < KEYS; s++) {
                count += keys[at(i, r) + s] != 0 ? 1 : 0;
            }
        }
        long[] entries = new long[count];
        int e = 0;
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < KEYS; s++) {
                int key = keys[at(i, r) + s];
                if (key != 0) {
                    entries[e++] = (long) key << 32 | i;
                }
            }
        }
        Arrays.parallelSort(entries);
        return entries;
    }

    private static int[] blockStarts(long[] entries) {
        int[] starts = new int[entries.length + 1];
        int blocks = 0;
        for (int e = 0; e < entries.length; e++) {
            if (e == 0 || entries[e] >>> 32 != entries[e - 1] >>> 32) {
                starts[blocks++] = e;
            }
        }
        starts[blocks++] = entries.length;
        return Arrays.copyOf(starts, blocks);
    }

    /**
     * Decides for each block of rule r whether it is compared whole, by sub-blocks (refined) or not at all (capped),
     * and works out the sub-keys of refined blocks; sub-keys of capped sub-blocks are dropped. Adds what was capped
     * to {@code capped} (blocks, records, pairs) and returns the number of refined blocks.
     */
    private long classify(int r, long[] entries, int[] starts, long[] capped) {
        BlockingRule.Refiner refiner = rules.get(r).refiner();
        long refinedBlocks = 0;
        for (int b = 0; b + 1 < starts.length; b++) {
            int size = starts[b + 1] - starts[b];
            byte how = refiner != null && size > refineAbove ? REFINED : size > maxBlock ? CAPPED : WHOLE;
            if (how == WHOLE) {
                continue;
            }
            int key = (int) (entries[starts[b]] >>> 32);
            for (int e = starts[b]; e < starts[b + 1]; e++) {
                int record = (int) entries[e];
                state[at(record, r) + slotOf(r, record, key)] = how;
            }
            if (how == CAPPED) {
                cap(capped, size);
            } else {
                refinedBlocks++;
                subKeys(r, refiner, key, entries, starts[b], starts[b + 1], capped);
            }
        }
        return refinedBlocks;
    }

    /** The sub-keys of a refined block's records, leaving out (as 0) those of sub-blocks above the cap. */
    private void subKeys(int r, BlockingRule.Refiner refiner, int key, long[] entries, int start, int end,
                         long[] capped) {
        if (subKeys[r] == null) {
            subKeys[r] = new int[records.size() * KEYS * SUBS];
        }
        int[] out = new int[SUBS];
        long[] sub = new long[(end - start) * SUBS];
        int count = 0;
        for (int e = start; e < end; e++) {
            int record = (int) entries[e];
            int slot = slotOf(r, record, key);
            int x = record * KEYS + slot;
            Arrays.fill(out, 0);
            refiner.subKeys(records, record, slot, out);
            for (int t = 0; t < SUBS; t++) {
                int value = repeats(out, t) ? 0 : out[t];
                subKeys[r][x * SUBS + t] = value;
                if (value != 0) {
                    sub[count++] = (long) value << 32 | (x * SUBS + t);
                }
            }
        }
        Arrays.sort(sub, 0, count);
        for (int from = 0, to; from < count; from = to) {
            to = from + 1;
            while (to < count && sub[to] >>> 32 == sub[from] >>> 32) {
                to++;
            }
            if (to - from > maxBlock) {
                cap(capped, to - from);
                for (int y = from; y < to; y++) {
                    subKeys[r][(int) sub[y]] = 0;
                }
            }
        }
    }

    /** Which of the record's key slots under rule r holds the key. */
    private int slotOf(int r, int record, int key) {
        int base = at(record, r);
        for (int s = 0; s < KEYS; s++) {
            if (keys[base + s] == key) {
                return s;
            }
        }
        throw new IllegalStateException("Record " + record + " has no key " + key);
    }

    /** Splits the blocks into chunks of similar work and compares them on all cores. */
    private List<PairBuffer> compareBlocks(int r, long[] entries, int[] starts) {
        List<int[]> chunks = new ArrayList<>();
        long target = Math.max(20_000, entries.length / 64);
        int from = 0;
        long work = 0;
        for (int b = 0; b + 1 < starts.length; b++) {
            long size = starts[b + 1] - starts[b];
            work += size <= refineAbove ? size * (size - 1) / 2 + 1 : size * 20;
            if (work >= target) {
                chunks.add(new int[] {from, b + 1});
                from = b + 1;
                work = 0;
            }
        }
        if (from < starts.length - 1) {
            chunks.add(new int[] {from, starts.length - 1});
        }
        return chunks.parallelStream().map(c -> compareChunk(r, entries, starts, c[0], c[1])).toList();
    }

    private PairBuffer compareChunk(int r, long[] entries, int[] starts, int fromBlock, int toBlock) {
        PairBuffer out = new PairBuffer(1024);
        for (int b = fromBlock; b < toBlock; b++) {
            int start = starts[b];
            int end = starts[b + 1];
            int key = (int) (entries[start] >>> 32);
            int first = (int) entries[start];
            byte how = state[at(first, r) + slotOf(r, first, key)];
            if (how == REFINED) {
                compareRefined(r, key, entries, start, end, out);
            } else if (how == WHOLE) {
                compareAll(r, key, 0, entries, start, end, out);
            }
        }
        return out;
    }

    private static void cap(long[] capped, long size) {
        capped[0]++;
        capped[1] += size;
        capped[2] += size * (size - 1) / 2;
    }

    /** Compares every pair of records in entries[start, end) (all sharing the key, and the sub-key when not 0). */
    private void compareAll(int r, int key, int subKey, long[] entries, int start, int end, PairBuffer out) {
        for (int x = start; x < end; x++) {
            int a = (int) entries[x];
            for (int y = x + 1; y < end; y++) {
                int c = (int) entries[y];
                int i = Math.min(a, c);
                int j = Math.max(a, c);
                if (crossSourceOnly && records.source[i] == records.source[j] || foundEarlier(r, key, subKey, i, j)) {
                    continue;
                }
                out.add(i, j, comparator.pattern(i, j));
            }
        }
    }

    /** A large block: its records regrouped by sub-key, each sub-block (not capped) compared whole. */
    private void compareRefined(int r, int key, long[] entries, int from, int to, PairBuffer out) {
        long[] sub = new long[(to - from) * SUBS];
        int count = 0;
        for (int e = from; e < to; e++) {
            int record = (int) entries[e];
            int x = record * KEYS + slotOf(r, record, key);
            for (int t = 0; t < SUBS; t++) {
                int s = subKeys[r][x * SUBS + t];
                if (s != 0) {
                    sub[count++] = (long) s << 32 | record;
                }
            }
        }
        Arrays.sort(sub, 0, count);
        for (int start = 0, end; start < count; start = end) {
            end = start + 1;
            while (end < count && sub[end] >>> 32 == sub[start] >>> 32) {
                end++;
            }
            compareAll(r, key, (int) (sub[start] >>> 32), sub, start, end, out);
        }
    }

    /**
     * Whether the pair was already compared: under an earlier rule, under a smaller key of this rule, or (in a
     * refined block, {@code subKey} not 0) under a smaller sub-key of this block.
     */
    private boolean foundEarlier(int r, int key, int subKey, int i, int j) {
        for (int earlier = 0; earlier < r; earlier++) {
            if (comparedUnder(earlier, i, j, true, 0, 0)) {
                return true;
            }
        }
        return comparedUnder(r, i, j, false, key, subKey);
    }

    /**
     * Whether rule r compares the pair under any key ({@code any}), or under a key smaller than {@code below} or
     * under {@code below} itself with a sub-key smaller than {@code belowSub} (not 0: the block is refined).
     */
    private boolean comparedUnder(int r, int i, int j, boolean any, int below, int belowSub) {
        int bi = at(i, r);
        int bj = at(j, r);
        for (int x = 0; x < KEYS; x++) {
            int key = keys[bi + x];
            if (key == 0 || !any && key > below || state[bi + x] == CAPPED) {
                continue;
            }
            for (int y = 0; y < KEYS; y++) {
                if (keys[bj + y] != key) {
                    continue;
                }
                boolean isRefined = state[bi + x] == REFINED;
                int si = i * KEYS + x;
                int sj = j * KEYS + y;
                if (any || key < below) {
                    if (!isRefined || shareSubKey(r, si, sj, true, 0)) {
                        return true;
                    }
                } else if (isRefined && belowSub != 0 && shareSubKey(r, si, sj, false, belowSub)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two (record, slot) keys of a refined block share a sub-key (any, or smaller than {@code below}). */
    private boolean shareSubKey(int r, int x, int y, boolean any, int below) {
        int[] s = subKeys[r];
        for (int a = x * SUBS; a < x * SUBS + SUBS; a++) {
            if (s[a] == 0 || !any && s[a] >= below) {
                continue;
            }
            for (int b = y * SUBS; b < y * SUBS + SUBS; b++) {
                if (s[b] == s[a]) {
                    return true;
                }
            }
        }
        return false;
    }

    private long possiblePairs() {
        long n = records.size();
        if (!crossSourceOnly) {
            return n * (n - 1) / 2;
        }
        long[] perSource = new long[records.sourceCount()];
        for (int i = 0; i < n; i++) {
            perSource[records.source[i]]++;
        }
        long within = 0;
        for (long s : perSource) {
            within += s * (s - 1) / 2;
        }
        return n * (n - 1) / 2 - within;
    }
}
