package org.reachable.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reachable.linkage.BlockingStatistics;
import org.reachable.linkage.IdentifierCheck;
import org.reachable.linkage.PersonRecord;

/**
 * Blocking compares exactly the pairs its rules define, each once: every pair sharing a key of a small block, and in
 * a block too large to compare whole, every pair also sharing a sub-key (blocks and sub-blocks above the cap left
 * out). Checked against a brute-force reading of that definition on records with few distinct values, so blocks are
 * large.
 */
class BlockerTest {

    private static final int REFINE_ABOVE = 4;
    private static final int MAX_BLOCK = 12;

    @Test
    void comparesEachPairTheRulesDefineExactlyOnce() {
        EncodedRecords records = records(400, new SplittableRandom(5));
        List<BlockingRule> rules = BlockingRule.standard(records.schema(), records);
        Blocker.Result result = new Blocker(new PairComparator(records), rules, false, MAX_BLOCK, REFINE_ABOVE)
                .candidates();
        PairBuffer pairs = result.pairs();
        Set<Long> found = new HashSet<>();
        for (int k = 0; k < pairs.size(); k++) {
            assertThat(pairs.first(k)).isLessThan(pairs.second(k));
            assertThat(found.add((long) pairs.first(k) << 32 | pairs.second(k))).as("pair %d produced once", k)
                    .isTrue();
        }
        Set<Long> expected = bruteForce(records, rules);
        Set<Long> extra = new HashSet<>(found);
        extra.removeAll(expected);
        Set<Long> missing = new HashSet<>(expected);
        missing.removeAll(found);
        assertThat(extra).as("pairs compared that no rule defines").isEmpty();
        assertThat(missing).as("pairs a rule defines that were not compared").isEmpty();
        BlockingStatistics statistics = result.statistics();
        assertThat(statistics.candidatePairs()).isEqualTo(expected.size());
        assertThat(statistics.refinedBlocks()).isPositive();
        assertThat(statistics.cappedBlocks()).isPositive();
    }

    @Test
    void smallBlocksAreComparedWholeWhateverTheRefiner() {
        EncodedRecords records = records(400, new SplittableRandom(5));
        List<BlockingRule> rules = BlockingRule.standard(records.schema(), records);
        Blocker.Result whole = new Blocker(new PairComparator(records), rules, false, 1_000, 1_000).candidates();
        Blocker.Result refined = new Blocker(new PairComparator(records), rules, false, 1_000, REFINE_ABOVE)
                .candidates();
        assertThat(whole.statistics().refinedBlocks()).isZero();
        assertThat(refined.pairs().size()).isLessThan(whole.pairs().size());
    }

    private static Set<Long> bruteForce(EncodedRecords records, List<BlockingRule> rules) {
        int n = records.size();
        Set<Long> expected = new HashSet<>();
        for (BlockingRule rule : rules) {
            int[][] keys = new int[n][];
            Map<Integer, Integer> blockSize = new HashMap<>();
            for (int i = 0; i < n; i++) {
                int record = i;
                keys[i] = distinct(out -> rule.keys().keys(records, record, out), BlockingRule.KEYS);
                for (int key : keys[i]) {
                    blockSize.merge(key, 1, Integer::sum);
                }
            }
            Map<Long, Integer> subBlockSize = new HashMap<>();
            int[][][] subs = new int[n][BlockingRule.KEYS][];
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < keys[i].length; s++) {
                    int key = keys[i][s];
                    if (rule.refiner() != null && blockSize.get(key) > REFINE_ABOVE) {
                        int slot = slotOf(rule, records, i, key);
                        int record = i;
                        subs[i][s] = distinct(out -> rule.refiner().subKeys(records, record, slot, out),
                                BlockingRule.SUB_KEYS);
                        for (int sub : subs[i][s]) {
                            subBlockSize.merge((long) key << 32 | (sub & 0xFFFFFFFFL), 1, Integer::sum);
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (compared(keys, subs, blockSize, subBlockSize, rule.refiner() != null, i, j)) {
                        expected.add((long) i << 32 | j);
                    }
                }
            }
        }
        return expected;
    }

    private static boolean compared(int[][] keys, int[][][] subs, Map<Integer, Integer> blockSize,
                                    Map<Long, Integer> subBlockSize, boolean refinable, int i, int j) {
        for (int x = 0; x < keys[i].length; x++) {
            for (int y = 0; y < keys[j].length; y++) {
                int key = keys[i][x];
                if (key != keys[j][y]) {
                    continue;
                }
                int size = blockSize.get(key);
                if (!refinable || size <= REFINE_ABOVE) {
                    if (size <= MAX_BLOCK) {
                        return true;
                    }
                    continue;
                }
                for (int a : subs[i][x]) {
                    for (int b : subs[j][y]) {
                        if (a == b && subBlockSize.get((long) key << 32 | (a & 0xFFFFFFFFL)) <= MAX_BLOCK) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static int slotOf(BlockingRule rule, EncodedRecords records, int i, int key) {
        int[] out = new int[BlockingRule.KEYS];
        rule.keys().keys(records, i, out);
        for (int s = 0; s < out.length; s++) {
            if (out[s] == key) {
                return s;
            }
        }
        throw new IllegalStateException();
    }

    private static int[] distinct(java.util.function.Consumer<int[]> maker, int size) {
        int[] out = new int[size];
        maker.accept(out);
        return Arrays.stream(out).filter(k -> k != 0).distinct().toArray();
    }

    /** Records drawn from a few names, dates and postcodes, some values missing. */
    static EncodedRecords records(int count, SplittableRandom random) {
        String[] given = {"Amir", "Amira", "Ben", "Bella", "Chloe", "Dev", ""};
        String[] family = {"Khan", "Kahn", "Smith", "Smyth", "Osei", "Patel", ""};
        String[] dob = {"2010-01-02", "2010-02-01", "2011-03-04", "2011-03-05", "2012-07-08", "2012-08-07", ""};
        String[] postcode = {"E17 4AB", "E17 4AD", "E17 5XY", "E10 6PQ", "N17 1AA", ""};
        List<PersonRecord> input = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            input.add(new PersonRecord("r" + i, "s" + random.nextInt(3), pick(given, random), pick(family, random),
                    random.nextInt(10) == 0 ? List.of(pick(family, random)) : List.of(), pick(dob, random), "",
                    pick(postcode, random), "", Map.of(), Map.of()));
        }
        Schema schema = Schema.of(input, IdentifierCheck.NONE);
        EncodedRecords records = new EncodedRecords(schema, IdentifierCheck.NONE, Nicknames.standard(), count);
        input.forEach(r -> records.add(r, true));
        return records;
    }

    private static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}
