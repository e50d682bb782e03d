package org.reachable.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.reachable.linkage.BlockingStatistics;

/**
 * Finds the candidate pairs: for each rule, sorts (key, record) entries so records sharing a key sit together, and
 * compares every pair inside each block, in parallel. A pair is produced once: by the first rule (and the smallest
 * key of that rule) under which the two records share a key. Each pair's pattern carries, above bit 48, the mask of
 * every rule it satisfies (for training). Blocks above the cap are skipped and reported.
 */
public final class Blocker {

    public static final int RULE_SHIFT = 48;

    private final PairComparator comparator;
    private final EncodedRecords records;
    private final List<BlockingRule> rules;
    private final int[][] keys;
    private final boolean crossSourceOnly;
    private final int maxBlock;

    public Blocker(PairComparator comparator, List<BlockingRule> rules, boolean crossSourceOnly, int maxBlock) {
        if (rules.size() > 64 - RULE_SHIFT) {
            throw new IllegalArgumentException("At most " + (64 - RULE_SHIFT) + " blocking rules, not " + rules.size());
        }
        this.comparator = comparator;
        this.records = comparator.records();
        this.rules = rules;
        this.crossSourceOnly = crossSourceOnly;
        this.maxBlock = maxBlock;
        this.keys = new int[rules.size()][];
        int n = records.size();
        for (int r = 0; r < rules.size(); r++) {
            int[] k = new int[n * BlockingRule.KEYS];
            BlockingRule.KeyMaker maker = rules.get(r).keys();
            IntStream.range(0, n).parallel().forEach(i -> {
                int[] out = new int[BlockingRule.KEYS];
                maker.keys(records, i, out);
                System.arraycopy(out, 0, k, i * BlockingRule.KEYS, BlockingRule.KEYS);
            });
            keys[r] = k;
        }
    }

    public record Result(PairBuffer pairs, BlockingStatistics statistics) {
    }

    public Result candidates() {
        List<PairBuffer> parts = new ArrayList<>();
        List<BlockingStatistics.Rule> stats = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            long[] entries = entries(r);
            int[] starts = blockStarts(entries);
            long[] capped = new long[3];
            int largest = 0;
            for (int b = 0; b + 1 < starts.length; b++) {
                int size = starts[b + 1] - starts[b];
                largest = Math.max(largest, size);
                if (size > maxBlock) {
                    capped[0]++;
                    capped[1] += size;
                    capped[2] += (long) size * (size - 1) / 2;
                }
            }
            List<PairBuffer> found = compareBlocks(r, entries, starts);
            long added = found.stream().mapToLong(PairBuffer::size).sum();
            parts.addAll(found);
            stats.add(new BlockingStatistics.Rule(rules.get(r).name(), starts.length - 1L, largest, added, capped[0],
                    capped[1], capped[2]));
        }
        PairBuffer all = PairBuffer.concat(parts);
        return new Result(all, new BlockingStatistics(possiblePairs(), all.size(), List.copyOf(stats)));
    }

    /** (key, record) packed in a long and sorted, so equal keys are adjacent. */
    private long[] entries(int r) {
        int[] k = keys[r];
        int count = 0;
        for (int key : k) {
            count += key != 0 ? 1 : 0;
        }
        long[] entries = new long[count];
        int e = 0;
        for (int x = 0; x < k.length; x++) {
            if (k[x] != 0 && !repeatsEarlierKey(k, x)) {
                entries[e++] = (long) k[x] << 32 | (x / BlockingRule.KEYS);
            }
        }
        entries = Arrays.copyOf(entries, e);
        Arrays.parallelSort(entries);
        return entries;
    }

    private static boolean repeatsEarlierKey(int[] k, int x) {
        int base = x - x % BlockingRule.KEYS;
        for (int y = base; y < x; y++) {
            if (k[y] == k[x]) {
                return true;
            }
        }
        return false;
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

    /** Splits the blocks into chunks of similar work and compares them on all cores. */
    private List<PairBuffer> compareBlocks(int r, long[] entries, int[] starts) {
        List<int[]> chunks = new ArrayList<>();
        long target = Math.max(20_000, entries.length / 64);
        int from = 0;
        long work = 0;
        for (int b = 0; b + 1 < starts.length; b++) {
            long size = starts[b + 1] - starts[b];
            work += size <= maxBlock ? size * (size - 1) / 2 + 1 : 1;
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
            if (end - start > maxBlock) {
                continue;
            }
            int key = (int) (entries[start] >>> 32);
            for (int x = start; x < end; x++) {
                int a = (int) entries[x];
                for (int y = x + 1; y < end; y++) {
                    int c = (int) entries[y];
                    int i = Math.min(a, c);
                    int j = Math.max(a, c);
                    if (crossSourceOnly && records.source[i] == records.source[j] || foundEarlier(r, key, i, j)) {
                        continue;
                    }
                    out.add(i, j, comparator.pattern(i, j) | ruleMask(i, j) << RULE_SHIFT);
                }
            }
        }
        return out;
    }

    /** Whether an earlier rule, or a smaller key of this rule, already pairs these two records. */
    private boolean foundEarlier(int r, int key, int i, int j) {
        for (int earlier = 0; earlier < r; earlier++) {
            if (shareKey(keys[earlier], i, j, Integer.MAX_VALUE, true)) {
                return true;
            }
        }
        return shareKey(keys[r], i, j, key, false);
    }

    private static boolean shareKey(int[] k, int i, int j, int below, boolean any) {
        int bi = i * BlockingRule.KEYS;
        int bj = j * BlockingRule.KEYS;
        for (int x = bi; x < bi + BlockingRule.KEYS; x++) {
            int key = k[x];
            if (key == 0 || !any && key >= below) {
                continue;
            }
            for (int y = bj; y < bj + BlockingRule.KEYS; y++) {
                if (k[y] == key) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Bit r set when the two records share a key under rule r. */
    public long ruleMask(int i, int j) {
        long mask = 0;
        for (int r = 0; r < keys.length; r++) {
            if (shareKey(keys[r], i, j, Integer.MAX_VALUE, true)) {
                mask |= 1L << r;
            }
        }
        return mask;
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
