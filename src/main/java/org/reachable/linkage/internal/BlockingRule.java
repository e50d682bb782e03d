package org.reachable.linkage.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One blocking rule: records that share a key under it are compared. Each record has up to {@link #KEYS} keys per
 * rule (0 means none), so a rule can also catch swapped names or a previous surname. The union of all rules is
 * compared; {@code fields} are the fields a rule requires to (nearly) agree.
 * <p>
 * A block of more than {@link #REFINE_ABOVE} records (a common name, a date of birth shared by a hundred children
 * in a million records) is not compared whole: only its records that also share one of the rule's sub-keys
 * ({@code refiner}; e.g. a surname or a postcode sector inside one date of birth) are. That keeps the pairs close to
 * linear in the number of records where a whole block would be quadratic, and changes nothing while blocks are small
 * (up to 50,000 borough records none is refined). A rule without a refiner compares blocks whole up to the cap.
 */
public record BlockingRule(String name, List<Integer> fields, KeyMaker keys, Refiner refiner) {

    public static final int KEYS = 3;
    public static final int SUB_KEYS = 3;
    /** Blocks larger than this are compared by sub-keys only. */
    public static final int REFINE_ABOVE = 100;

    public BlockingRule(String name, List<Integer> fields, KeyMaker keys) {
        this(name, fields, keys, null);
    }

    /**
     * Writes a record's sub-keys into {@code out[0..SUB_KEYS)} (0 = none) for the block of its key in slot
     * {@code slot}; sub-keys of different kinds must not collide (see {@link #sub}).
     */
    @FunctionalInterface
    public interface Refiner {
        void subKeys(EncodedRecords records, int record, int slot, int[] out);
    }

    /** Writes a record's keys for this rule into {@code out[0..KEYS)} (0 = no key). */
    @FunctionalInterface
    public interface KeyMaker {
        void keys(EncodedRecords records, int record, int[] out);
    }

    public static List<BlockingRule> standard(Schema schema) {
        List<BlockingRule> rules = new ArrayList<>();
        rules.add(new BlockingRule("names sound alike (Double Metaphone of given and family name, either order)",
                List.of(Field.GIVEN, Field.FAMILY), BlockingRule::nameKeys, (r, i, slot, out) -> {
                    // same names and birth year are compared by the given-name rule's family sub-key already
                    out[0] = sub(MONTH, month(r, i));
                    out[1] = sub(DISTRICT, r.district[i]);
                }));
        rules.add(new BlockingRule("date of birth (day and month in either order)", List.of(Field.BIRTH),
                BlockingRule::birthKeys, (r, i, slot, out) -> {
                    out[0] = sub(FAMILY, sound(r, r.family[i]));
                    out[1] = sub(GIVEN, sound(r, r.given[i]));
                    out[2] = sub(SECTOR, r.sector[i]);
                }));
        rules.add(new BlockingRule("postcode sector with birth month or given name sound", List.of(Field.POSTCODE),
                BlockingRule::sectorKeys, (r, i, slot, out) -> {
                    out[0] = sub(FAMILY, sound(r, r.family[i]));
                    out[1] = slot == 0 ? sub(GIVEN, sound(r, r.given[i])) : sub(YEAR, year(r, i));
                }));
        rules.add(new BlockingRule("surname sound with birth year", List.of(Field.FAMILY),
                (r, i, out) -> out[0] = withYear(r, i, r.family[i]), (r, i, slot, out) -> {
                    out[0] = sub(MONTH, month(r, i));
                    out[1] = sub(SECTOR, r.sector[i]);
                }));
        rules.add(new BlockingRule("given name sound with birth year", List.of(Field.GIVEN),
                (r, i, out) -> out[0] = withYear(r, i, r.given[i]), (r, i, slot, out) -> {
                    out[0] = sub(MONTH, month(r, i));
                    out[1] = sub(SECTOR, r.sector[i]);
                    out[2] = sub(FAMILY, sound(r, r.family[i]));
                }));
        for (int s = 0; s < schema.schemes().size(); s++) {
            int scheme = s;
            rules.add(new BlockingRule("identifier " + schema.schemes().get(s),
                    List.of(Schema.FIXED_FIELDS + s), (r, i, out) -> out[0] = key(scheme, r.identifier[scheme][i])));
        }
        return List.copyOf(rules);
    }

    /**
     * The standard rules plus one for each attribute whose values are nearly unique (an e-mail address, a local
     * reference), which then works like an identifier.
     */
    public static List<BlockingRule> standard(Schema schema, EncodedRecords records) {
        List<BlockingRule> rules = new ArrayList<>(standard(schema));
        for (int a = 0; a < schema.attributes().size(); a++) {
            int attribute = a;
            long present = 0;
            for (int i = 0; i < records.size(); i++) {
                present += records.attribute[a][i] >= 0 ? 1 : 0;
            }
            if (present > 0 && records.attributeValues[a].size() >= 0.5 * present) {
                rules.add(new BlockingRule("attribute " + schema.attributes().get(a) + " (mostly unique values)",
                        List.of(Schema.FIXED_FIELDS + schema.schemes().size() + a),
                        (r, i, out) -> out[0] = key(-1 - attribute, r.attribute[attribute][i])));
            }
        }
        return List.copyOf(rules);
    }

    private static final int YEAR = 1;
    private static final int MONTH = 2;
    private static final int DISTRICT = 3;
    private static final int SECTOR = 4;
    private static final int FAMILY = 5;
    private static final int GIVEN = 6;

    /** A sub-key of one kind (so a birth year never equals a district id); 0 when the value is missing (-1). */
    static int sub(int kind, int value) {
        return key(kind, value);
    }

    private static int year(EncodedRecords r, int i) {
        return r.dobDigits[i] < 0 ? -1 : r.dobDigits[i] / 10000;
    }

    /** Birth year and month (yyyyMM). */
    private static int month(EncodedRecords r, int i) {
        return r.dobDigits[i] < 0 ? -1 : r.dobDigits[i] / 100;
    }

    private static int sound(EncodedRecords r, int name) {
        return name < 0 ? -1 : r.names.phonetic(name);
    }

    private static int withYear(EncodedRecords r, int i, int name) {
        return name < 0 || r.dobDigits[i] < 0 ? 0 : key(r.names.phonetic(name), r.dobDigits[i] / 10000);
    }

    static void nameKeys(EncodedRecords r, int i, int[] out) {
        int given = r.given[i];
        if (given < 0) {
            return;
        }
        int g = r.names.phonetic(given);
        if (r.family[i] >= 0) {
            out[0] = unordered(g, r.names.phonetic(r.family[i]));
        }
        int[] others = r.others[i];
        for (int k = 0; others != null && k < others.length && k < KEYS - 1; k++) {
            out[k + 1] = unordered(g, r.names.phonetic(others[k]));
        }
    }

    static void birthKeys(EncodedRecords r, int i, int[] out) {
        int d = r.dobDigits[i];
        if (d < 0) {
            return;
        }
        int month = d / 100 % 100;
        int day = d % 100;
        out[0] = key(d / 10000, Math.min(month, day) * 100 + Math.max(month, day));
    }

    static void sectorKeys(EncodedRecords r, int i, int[] out) {
        int sector = r.sector[i];
        if (sector < 0) {
            return;
        }
        if (r.dobDigits[i] >= 0) {
            out[0] = key(sector, r.dobDigits[i] / 100);
        }
        if (r.given[i] >= 0) {
            out[1] = key(sector, 31 * r.names.phonetic(r.given[i]) + 7);
        }
    }

    private static int unordered(int a, int b) {
        return key(Math.min(a, b), Math.max(a, b));
    }

    /** A well-mixed non-zero key from two ints; 0 when the second is missing (-1). */
    static int key(int a, int b) {
        if (b == -1) {
            return 0;
        }
        long h = (a * 0x9E3779B97F4A7C15L) ^ (b + 0x632BE59BD9B4E019L);
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        int k = (int) (h ^ (h >>> 32));
        return k == 0 ? 1 : k;
    }
}
