package org.reachable.linkage.internal;

/**
 * Compares two encoded records field by field and packs each field's level (three bits) into a long: the comparison
 * pattern. Stateless apart from the records, so many threads may compare at once.
 */
public final class PairComparator {

    static final double NAME_CLOSE = 0.92;
    static final double NAME_SIMILAR = 0.80;
    static final double TEXT_SIMILAR = 0.90;

    private final EncodedRecords r;
    private final int schemes;
    private final int attributes;

    public PairComparator(EncodedRecords records) {
        this.r = records;
        this.schemes = records.schema.schemes().size();
        this.attributes = records.schema.attributes().size();
    }

    public EncodedRecords records() {
        return r;
    }

    public long pattern(int i, int j) {
        return withRest(withFamily(withGiven(cheapPattern(i, j), i, j), i, j), i, j);
    }

    /**
     * The levels of the fields that cost a few integer comparisons (date of birth, sex, postcode, identifiers),
     * packed as in {@link #pattern}; the names, address and attributes are left at level 0 for the {@code with...}
     * methods to add. Scoring in stages lets a pair that cannot reach a weight skip comparing names.
     */
    public long cheapPattern(int i, int j) {
        long p = (long) birth(i, j) << 3 * Field.BIRTH | (long) sex(i, j) << 3 * Field.SEX
                | (long) postcode(i, j) << 3 * Field.POSTCODE;
        int shift = 3 * Schema.FIXED_FIELDS;
        for (int s = 0; s < schemes; s++, shift += 3) {
            p |= (long) identifier(s, i, j) << shift;
        }
        return p;
    }

    public long withGiven(long pattern, int i, int j) {
        return pattern | (long) given(i, j) << 3 * Field.GIVEN;
    }

    public long withFamily(long pattern, int i, int j) {
        return pattern | (long) family(i, j) << 3 * Field.FAMILY;
    }

    /** Adds the address (which reads the postcode's level already in the pattern) and the attributes. */
    public long withRest(long pattern, int i, int j) {
        int address = text(r.address[i], r.address[j], r.addresses);
        if (Field.level(pattern, Field.POSTCODE) > 1 && address == 3) {
            address = 0; // a move shows in the postcode and the address at once: count it once, in the postcode
        }
        long p = pattern | (long) address << 3 * Field.ADDRESS;
        int shift = 3 * (Schema.FIXED_FIELDS + schemes);
        for (int a = 0; a < attributes; a++, shift += 3) {
            p |= (long) text(r.attribute[a][i], r.attribute[a][j], r.attributeValues[a]) << shift;
        }
        return p;
    }

    int given(int i, int j) {
        int a = r.given[i];
        int b = r.given[j];
        if (a < 0 || b < 0) {
            return 0;
        }
        if (a == b) {
            return 1;
        }
        if (Nicknames.shareGroup(r.names.nicknameGroups(a), r.names.nicknameGroups(b)) || contains(r.others[i], b)
                || contains(r.others[j], a)) {
            return 2;
        }
        if (swapped(i, j)) {
            return 3;
        }
        return similarity(a, b, 4);
    }

    int family(int i, int j) {
        int a = r.family[i];
        int b = r.family[j];
        if (a < 0 || b < 0) {
            return 0;
        }
        if (a == b) {
            return 1;
        }
        if (contains(r.others[i], b) || contains(r.others[j], a) || shareAny(r.others[i], r.others[j])
                || partOf(a, b) || partOf(b, a)) {
            return 2;
        }
        if (swapped(i, j)) {
            return 3;
        }
        return similarity(a, b, 4);
    }

    /**
     * Level {@code close} (one typing error apart, or Jaro-Winkler at least 0.92), {@code close + 1} (similar) or
     * {@code close + 2} (different). One typing error counts as close however short the name ("Max", "Mxa").
     */
    private int similarity(int a, int b, int close) {
        if (r.names.withinOneEdit(a, b)) {
            return close;
        }
        double jw = r.names.similarity(a, b, NAME_SIMILAR);
        return jw >= NAME_CLOSE ? close : jw >= NAME_SIMILAR ? close + 1 : close + 2;
    }

    private boolean swapped(int i, int j) {
        return sameName(r.given[i], r.family[j]) && sameName(r.family[i], r.given[j]);
    }

    private boolean sameName(int a, int b) {
        return a >= 0 && b >= 0
                && (a == b || r.names.similarity(a, b, NAME_CLOSE) >= NAME_CLOSE);
    }

    /** A double-barrelled surname and one of its parts: "smith-jones" and "jones". */
    private boolean partOf(int part, int whole) {
        String p = r.names.value(part);
        String w = r.names.value(whole);
        int at = w.indexOf(p);
        return at >= 0 && p.length() >= 2 && w.length() > p.length()
                && (at == 0 || !Character.isLetter(w.charAt(at - 1)))
                && (at + p.length() == w.length() || !Character.isLetter(w.charAt(at + p.length())));
    }

    int birth(int i, int j) {
        int a = r.dobDigits[i];
        int b = r.dobDigits[j];
        if (a < 0 || b < 0) {
            return 0;
        }
        if (a == b) {
            return 1;
        }
        if (oneDigitTypo(a, b) || dayMonthSwapped(a, b)) {
            return 2;
        }
        int da = r.dobDay[i];
        int db = r.dobDay[j];
        if (da == EncodedRecords.INVALID_DAY || db == EncodedRecords.INVALID_DAY) {
            return 5;
        }
        int apart = Math.abs(da - db);
        return apart <= 31 ? 3 : apart <= 366 ? 4 : 5;
    }

    private static boolean oneDigitTypo(int a, int b) {
        return Edits.withinOne(a, b);
    }

    private static boolean dayMonthSwapped(int a, int b) {
        return a / 10000 == b / 10000 && a / 100 % 100 == b % 100 && a % 100 == b / 100 % 100;
    }

    int sex(int i, int j) {
        byte a = r.sex[i];
        byte b = r.sex[j];
        return a == 0 || b == 0 ? 0 : a == b ? 1 : 2;
    }

    int postcode(int i, int j) {
        if (r.postcode[i] < 0 || r.postcode[j] < 0) {
            return 0;
        }
        if (r.postcode[i] == r.postcode[j]) {
            return 1;
        }
        if (r.sector[i] >= 0 && r.sector[i] == r.sector[j]) {
            return 2;
        }
        return r.district[i] >= 0 && r.district[i] == r.district[j] ? 3 : 4;
    }

    int identifier(int s, int i, int j) {
        int a = r.identifier[s][i];
        int b = r.identifier[s][j];
        if (a < 0 || b < 0) {
            return 0;
        }
        boolean bothValid = r.identifierValid[s][i] && r.identifierValid[s][j];
        if (a == b) {
            return bothValid ? 1 : 2;
        }
        if (bothValid) {
            return 4;
        }
        Dictionary values = r.identifierValues[s];
        return Edits.withinOne(values.value(a), values.value(b)) ? 3 : 5;
    }

    private static int text(int a, int b, Dictionary values) {
        if (a < 0 || b < 0) {
            return 0;
        }
        if (a == b) {
            return 1;
        }
        return values.similarity(a, b, TEXT_SIMILAR) >= TEXT_SIMILAR ? 2 : 3;
    }

    private static boolean contains(int[] names, int id) {
        if (names == null) {
            return false;
        }
        for (int n : names) {
            if (n == id) {
                return true;
            }
        }
        return false;
    }

    private static boolean shareAny(int[] a, int[] b) {
        if (a == null || b == null) {
            return false;
        }
        for (int x : a) {
            if (contains(b, x)) {
                return true;
            }
        }
        return false;
    }
}
