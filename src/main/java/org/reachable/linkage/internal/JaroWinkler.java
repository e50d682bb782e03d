package org.reachable.linkage.internal;

/**
 * Jaro-Winkler similarity, giving exactly what commons-text's {@code JaroWinklerSimilarity} gives (a test holds the
 * two together), without its per-call objects and boxed characters: the comparison of addresses and names was most
 * of the time of a deduplication. Strings of up to 64 characters keep their match flags in two longs, so a call
 * allocates nothing; longer ones fall back to arrays. A {@link Profile} made once per distinct value (dictionaries
 * keep one) holds where each character occurs as a bit mask, so finding a character's first free match in the other
 * string's window is a few bit operations instead of a scan. Stateless and thread-safe.
 */
public final class JaroWinkler {

    private static final double SCALING = 0.1;
    private static final double BOOST_THRESHOLD = 0.7;
    private static final int MAX_PREFIX = 4;
    /** The characters a profile can hold (at most 64); text with any other falls back to the plain comparison. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 -',./&()#!\"$%*+:;<=>?@_";
    private static final byte[] SYMBOL = new byte[128];

    static {
        java.util.Arrays.fill(SYMBOL, (byte) -1);
        for (int k = 0; k < ALPHABET.length(); k++) {
            SYMBOL[ALPHABET.charAt(k)] = (byte) k;
        }
    }

    private JaroWinkler() {
    }

    /**
     * A value prepared for comparison: which symbols it holds ({@code present}, one bit per symbol) and, for each
     * symbol it holds in symbol order, the positions where it occurs ({@code positions}); null positions when the
     * value is longer than 64 characters or holds a character outside the alphabet.
     */
    public record Profile(String text, long present, long[] positions) {
    }

    public static Profile profile(String text) {
        if (text.length() > 64) {
            return new Profile(text, 0, null);
        }
        long present = 0;
        for (int k = 0; k < text.length(); k++) {
            int symbol = symbol(text.charAt(k));
            if (symbol < 0) {
                return new Profile(text, 0, null);
            }
            present |= 1L << symbol;
        }
        long[] positions = new long[Long.bitCount(present)];
        for (int k = 0; k < text.length(); k++) {
            positions[Long.bitCount(present & ((1L << symbol(text.charAt(k))) - 1))] |= 1L << k;
        }
        return new Profile(text, present, positions);
    }

    private static int symbol(char c) {
        return c < 128 ? SYMBOL[c] : -1;
    }

    /** The same as {@link #similarity(String, String)} of the two profiles' texts. */
    public static double similarity(Profile first, Profile second) {
        return similarity(first, second, 0);
    }

    /**
     * The similarity of the two profiles' texts when it is at least {@code floor}; when it is below, some value below
     * {@code floor}. Most pairs of different addresses or names are far apart: an upper bound (characters in common,
     * then matches found, with no transpositions) settles them without the rest of the work.
     */
    public static double similarity(Profile first, Profile second, double floor) {
        if (first.positions == null || second.positions == null) {
            return similarity(first.text, second.text);
        }
        String a = first.text;
        String b = second.text;
        if (a.equals(b)) {
            return 1.0;
        }
        Profile longer = a.length() > b.length() ? first : second;
        Profile shorter = longer == first ? second : first;
        if (shorter.text.isEmpty()) {
            return 0.0;
        }
        int prefix = commonPrefix(a, b, shorter.text.length());
        if (floor > 0 && upperBound(a, b, prefix, inCommon(first, second)) < floor) {
            return BELOW;
        }
        long counts = matchesByMasks(shorter.text, longer, a, b, prefix, floor);
        return counts < 0 ? BELOW : score(a, b, shorter.text.length(), counts);
    }

    /** What {@link #similarity(Profile, Profile, double)} answers for a pair settled as below the floor. */
    static final double BELOW = -1;

    /**
     * Whether two strings of these lengths with at most {@code matches} characters matched could reach the floor
     * (the best prefix assumed). False only when the similarity is surely below.
     */
    static boolean mayReach(int lengthA, int lengthB, int matches, double floor) {
        return floor <= 0 || matches > 0 && upperBound(lengthA, lengthB, MAX_PREFIX, matches) >= floor;
    }
    /** Leaves room for rounding in the bound, so a pair is never settled as below when it is just at the floor. */
    private static final double MARGIN = 1e-9;

    /** The Jaro-Winkler of these lengths and prefix if all {@code matches} were in order: at least the true one. */
    private static double upperBound(String a, String b, int prefix, int matches) {
        return upperBound(a.length(), b.length(), prefix, matches);
    }

    private static double upperBound(int lengthA, int lengthB, int prefix, int matches) {
        if (matches <= 0) {
            return 0;
        }
        double jaro = ((double) matches / lengthA + (double) matches / lengthB + 1) / 3;
        double boosted = jaro < BOOST_THRESHOLD ? jaro : jaro + SCALING * prefix * (1 - jaro);
        return Math.max(jaro, boosted) + MARGIN;
    }

    /** How many characters the two could match at most: per symbol, the fewer of its occurrences in each. */
    private static int inCommon(Profile first, Profile second) {
        int common = 0;
        long both = first.present & second.present;
        while (both != 0) {
            long bit = both & -both;
            common += Math.min(Long.bitCount(first.positions[Long.bitCount(first.present & (bit - 1))]),
                    Long.bitCount(second.positions[Long.bitCount(second.present & (bit - 1))]));
            both ^= bit;
        }
        return common;
    }

    private static int commonPrefix(String a, String b, int shorterLength) {
        int prefix = 0;
        int most = Math.min(MAX_PREFIX, shorterLength);
        while (prefix < most && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return prefix;
    }

    /**
     * As {@link #matchesInLongs}, but each character's candidates in the longer string come from its position mask:
     * the first free position inside the window is the lowest bit of (positions and window and not matched). -1 when
     * the matches found cannot reach {@code floor} (the transpositions are then not counted).
     */
    private static long matchesByMasks(String shorter, Profile longer, String a, String b, int prefix,
                                       double floor) {
        String text = longer.text;
        int length = text.length();
        int range = Math.max(length / 2 - 1, 0);
        long inShorter = 0;
        long inLonger = 0;
        int matches = 0;
        for (int s = 0; s < shorter.length(); s++) {
            int symbol = SYMBOL[shorter.charAt(s)];
            if ((longer.present >>> symbol & 1) == 0) {
                continue;
            }
            long positions = longer.positions[Long.bitCount(longer.present & ((1L << symbol) - 1))];
            int from = Math.max(s - range, 0);
            int to = Math.min(s + range + 1, length);
            long window = (to == 64 ? -1L : (1L << to) - 1) & -(1L << from);
            long free = positions & window & ~inLonger;
            if (free != 0) {
                inLonger |= free & -free;
                inShorter |= 1L << s;
                matches++;
            }
        }
        if (floor > 0 && upperBound(a, b, prefix, matches) < floor) {
            return -1;
        }
        return (long) matches << 32 | halfTranspositions(shorter, text, inShorter, inLonger);
    }

    public static double similarity(String first, String second) {
        if (first.equals(second)) {
            return 1.0;
        }
        String longer = first.length() > second.length() ? first : second;
        String shorter = longer == first ? second : first;
        if (shorter.isEmpty()) {
            return 0.0;
        }
        long counts = longer.length() <= 64 ? matchesInLongs(shorter, longer) : matchesInArrays(shorter, longer);
        return score(first, second, shorter.length(), counts);
    }

    /** Jaro from the matches and half-transpositions, raised by Winkler's common prefix when at least 0.7. */
    private static double score(String first, String second, int shorterLength, long counts) {
        double matches = (int) (counts >>> 32);
        if (matches == 0) {
            return 0.0;
        }
        int halfTranspositions = (int) counts;
        double jaro = (matches / first.length() + matches / second.length()
                + (matches - halfTranspositions / 2.0) / matches) / 3;
        if (jaro < BOOST_THRESHOLD) {
            return jaro;
        }
        int prefix = 0;
        int most = Math.min(MAX_PREFIX, shorterLength);
        while (prefix < most && first.charAt(prefix) == second.charAt(prefix)) {
            prefix++;
        }
        return jaro + SCALING * prefix * (1 - jaro);
    }

    /**
     * Matching characters (a character of the shorter string matches the first unmatched equal character of the
     * longer within half the longer length less one) and half-transpositions (matched characters out of order),
     * packed as matches &lt;&lt; 32 | halfTranspositions.
     */
    private static long matchesInLongs(String shorter, String longer) {
        int range = Math.max(longer.length() / 2 - 1, 0);
        long inShorter = 0;
        long inLonger = 0;
        int matches = 0;
        for (int s = 0; s < shorter.length(); s++) {
            char c = shorter.charAt(s);
            for (int l = Math.max(s - range, 0), end = Math.min(s + range + 1, longer.length()); l < end; l++) {
                if ((inLonger & 1L << l) == 0 && c == longer.charAt(l)) {
                    inShorter |= 1L << s;
                    inLonger |= 1L << l;
                    matches++;
                    break;
                }
            }
        }
        return (long) matches << 32 | halfTranspositions(shorter, longer, inShorter, inLonger);
    }

    /** Matched characters, taken in order in both strings, that differ. */
    private static int halfTranspositions(String shorter, String longer, long inShorter, long inLonger) {
        int half = 0;
        long restShorter = inShorter;
        long restLonger = inLonger;
        while (restShorter != 0) {
            int s = Long.numberOfTrailingZeros(restShorter);
            int l = Long.numberOfTrailingZeros(restLonger);
            half += shorter.charAt(s) != longer.charAt(l) ? 1 : 0;
            restShorter &= restShorter - 1;
            restLonger &= restLonger - 1;
        }
        return half;
    }

    private static long matchesInArrays(String shorter, String longer) {
        int range = Math.max(longer.length() / 2 - 1, 0);
        boolean[] inShorter = new boolean[shorter.length()];
        boolean[] inLonger = new boolean[longer.length()];
        int matches = 0;
        for (int s = 0; s < shorter.length(); s++) {
            char c = shorter.charAt(s);
            for (int l = Math.max(s - range, 0), end = Math.min(s + range + 1, longer.length()); l < end; l++) {
                if (!inLonger[l] && c == longer.charAt(l)) {
                    inShorter[s] = true;
                    inLonger[l] = true;
                    matches++;
                    break;
                }
            }
        }
        int half = 0;
        int l = 0;
        for (int s = 0; s < shorter.length(); s++) {
            if (inShorter[s]) {
                while (!inLonger[l]) {
                    l++;
                }
                half += shorter.charAt(s) != longer.charAt(l) ? 1 : 0;
                l++;
            }
        }
        return (long) matches << 32 | half;
    }
}
