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
}
