package org.reachable.linkage.internal;

/**
 * Jaro-Winkler similarity, giving exactly what commons-text's {@code JaroWinklerSimilarity} gives (a test holds the
 * two together), without its per-call objects and boxed characters: the comparison of addresses and names was most
 * of the time of a deduplication. Strings of up to 64 characters keep their match flags in two longs, so a call
 * allocates nothing; longer ones fall back to arrays. Stateless and thread-safe.
 */
public final class JaroWinkler {

    private static final double SCALING = 0.1;
    private static final double BOOST_THRESHOLD = 0.7;
    private static final int MAX_PREFIX = 4;

    private JaroWinkler() {
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
        int most = Math.min(MAX_PREFIX, shorter.length());
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
        return (long) matches << 32 | half;
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
