package org.reachable.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reachable.linkage.internal.BlockingRule;
import org.reachable.linkage.internal.EncodedRecords;

/**
 * The streaming index compares an incoming record with exactly the records batch blocking would: all those sharing a
 * key under some rule, except that in a block of more than {@link BlockingRule#REFINE_ABOVE} records only those also
 * sharing a sub-key count, and a block (or its refined part) larger than the cap counts for nothing. Checked against a
 * brute-force reading of that rule over every held record, on a population whose given-name-and-birth-year blocks are
 * far past the refinement size (a few common names, three birth years), while the index grows past it.
 */
class LinkageIndexBlockingTest {

    private static final String[] GIVEN = {"Mohammed", "Amelia", "Oliver"};

    @Test
    void comparesWithExactlyTheRecordsTheBlockingRulesName() {
        LinkageModel model = Linkage.train(PeopleForTests.population(400, 5),
                LinkageSettings.defaults(TestChecks.INSTANCE));
        SplittableRandom random = new SplittableRandom(11);
        List<PersonRecord> held = new ArrayList<>();
        LinkageIndex index = LinkageIndex.create(model);
        int refinedBlocksSeen = 0;
        for (int n = 0; n < 2_400; n++) {
            PersonRecord record = person("h" + n, random);
            index.add(record);
            held.add(record);
            if (n % 300 == 299) {
                for (int q = 0; q < 40; q++) {
                    PersonRecord incoming = q % 4 == 0 ? copyOf(held.get(random.nextInt(held.size())), "q" + q)
                            : person("q" + q, random);
                    Set<String> expected = bruteForce(model, held, incoming);
                    assertThat(new HashSet<>(index.blockedWith(incoming)))
                            .as("records compared with %s among %d held", incoming, held.size())
                            .isEqualTo(expected);
                }
                refinedBlocksSeen += held.size() / 9 > BlockingRule.REFINE_ABOVE ? 1 : 0;
            }
        }
        assertThat(refinedBlocksSeen).as("checked while given name and year blocks were refined").isGreaterThan(3);
    }

    private static PersonRecord person(String id, SplittableRandom random) {
        String family = PeopleForTests.FAMILY[random.nextInt(PeopleForTests.FAMILY.length)];
        String dob = String.format("%d-%02d-%02d", 2008 + random.nextInt(3), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        String postcode = "E" + (4 + random.nextInt(14)) + " " + random.nextInt(10) + "A"
                + (char) ('A' + random.nextInt(26));
        return new PersonRecord(id, "police", GIVEN[random.nextInt(GIVEN.length)], family, List.of(), dob,
                random.nextBoolean() ? "F" : "M", postcode, "1 " + family + " Road", Map.of(), Map.of());
    }

    private static PersonRecord copyOf(PersonRecord r, String id) {
        return new PersonRecord(id, "health", r.givenNames(), r.familyName(), List.of(), r.dateOfBirth(), r.sex(),
                r.postcode(), r.address(), Map.of(), Map.of());
    }

    /** Every held record checked against every rule's keys and sub-keys: no postings, no shortcuts. */
    private static Set<String> bruteForce(LinkageModel model, List<PersonRecord> held, PersonRecord incoming) {
        EncodedRecords records = new EncodedRecords(model.schema(), model.settings().check(), model.nicknames(), 16);
        held.forEach(r -> records.add(r, true));
        int probe = records.add(incoming, false);
        int cap = model.settings().maxBlockSize();
        Set<String> compared = new HashSet<>();
        for (BlockingRule rule : model.rules()) {
            int[] probeKeys = keys(rule, records, probe);
            for (int ps = 0; ps < probeKeys.length; ps++) {
                if (probeKeys[ps] == 0 || repeated(probeKeys, ps)) {
                    continue;
                }
                List<int[]> block = new ArrayList<>(); // {record, slot of the shared key}
                for (int h = 0; h < held.size(); h++) {
                    int[] heldKeys = keys(rule, records, h);
                    for (int s = 0; s < heldKeys.length; s++) {
                        if (heldKeys[s] == probeKeys[ps] && !repeated(heldKeys, s)) {
                            block.add(new int[] {h, s});
                        }
                    }
                }
                List<int[]> kept = block;
                if (rule.refiner() != null && block.size() > BlockingRule.REFINE_ABOVE) {
                    int[] probeSub = subKeys(rule, records, probe, ps);
                    kept = block.stream().filter(e -> shareAny(probeSub, subKeys(rule, records, e[0], e[1])))
                            .toList();
                }
                if (kept.size() <= cap) {
                    kept.forEach(e -> compared.add(held.get(e[0]).id()));
                }
            }
        }
        return compared;
    }

    private static int[] keys(BlockingRule rule, EncodedRecords records, int record) {
        int[] keys = new int[BlockingRule.KEYS];
        rule.keys().keys(records, record, keys);
        return keys;
    }

    private static int[] subKeys(BlockingRule rule, EncodedRecords records, int record, int slot) {
        int[] subKeys = new int[BlockingRule.SUB_KEYS];
        rule.refiner().subKeys(records, record, slot, subKeys);
        return subKeys;
    }

    private static boolean repeated(int[] values, int s) {
        for (int t = 0; t < s; t++) {
            if (values[t] == values[s]) {
                return true;
            }
        }
        return false;
    }

    private static boolean shareAny(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x != 0 && x == y) {
                    return true;
                }
            }
        }
        return false;
    }
}
