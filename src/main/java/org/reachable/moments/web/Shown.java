package org.reachable.moments.web;

/** Small numbers: a count of 1 to 4 is shown as "fewer than 5", and nothing derived from it is shown. */
public final class Shown {

    private Shown() {
    }

    public static boolean hidden(long count) {
        return count >= 1 && count <= 4;
    }

    public static String count(long count) {
        return hidden(count) ? "fewer than 5" : Long.toString(count);
    }
}
