package org.reachable.linkage.internal;

/** Whether two strings differ by at most one typing error: one character changed, added or dropped, or two swapped. */
public final class Edits {

    private Edits() {
    }

    public static boolean withinOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        if (la == lb) {
            int first = -1;
            int differences = 0;
            for (int k = 0; k < la; k++) {
                if (a.charAt(k) != b.charAt(k)) {
                    if (++differences == 1) {
                        first = k;
                    } else if (differences > 2) {
                        return false;
                    }
                }
            }
            return differences <= 1 || differences == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first);
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        int k = 0;
        while (k < shorter.length() && shorter.charAt(k) == longer.charAt(k)) {
            k++;
        }
        return shorter.regionMatches(k, longer, k + 1, shorter.length() - k);
    }

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000};

    /** The same test on the decimal digits of two non-negative ints (dates of birth), without making strings. */
    public static boolean withinOne(int a, int b) {
        int la = length(a);
        int lb = length(b);
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        if (la == lb) {
            int first = -1;
            int differences = 0;
            for (int k = 0; k < la; k++) {
                if (digit(a, la, k) != digit(b, lb, k)) {
                    if (++differences == 1) {
                        first = k;
                    } else if (differences > 2) {
                        return false;
                    }
                }
            }
            return differences <= 1 || differences == 2 && first + 1 < la
                    && digit(a, la, first) == digit(b, lb, first + 1) && digit(a, la, first + 1) == digit(b, lb, first);
        }
        int longer = la > lb ? a : b;
        int shorter = la > lb ? b : a;
        int ll = Math.max(la, lb);
        int ls = Math.min(la, lb);
        int k = 0;
        while (k < ls && digit(shorter, ls, k) == digit(longer, ll, k)) {
            k++;
        }
        for (; k < ls; k++) {
            if (digit(shorter, ls, k) != digit(longer, ll, k + 1)) {
                return false;
            }
        }
        return true;
    }

    private static int length(int value) {
        int length = 1;
        while (length < POWERS.length && value >= POWERS[length]) {
            length++;
        }
        return length;
    }

    /** The k-th decimal digit, counting from the most significant, of a value with this many digits. */
    private static int digit(int value, int length, int k) {
        return value / POWERS[length - 1 - k] % 10;
    }
}
