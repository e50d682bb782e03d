package org.reachable.platform.statistics;

/**
 * Statistical disclosure control, the one rule for every published figure (insight, the front door's performance, the
 * fairness of alerts): counts from 1 to 4 could identify a child in a small area or group, so they are shown as
 * "fewer than 5" and never as the number, nor is anything derived from them. Zero is shown, as it reveals no one.
 */
public final class SmallNumbers {

    public static final int THRESHOLD = 5;

    private SmallNumbers() {
    }

    /** The count as it may be published: a number, or null when suppressed. */
    public static Long publishable(long count) {
        return count > 0 && count < THRESHOLD ? null : count;
    }

    public static boolean hidden(long count) {
        return publishable(count) == null;
    }

    public static String words(long count) {
        Long shown = publishable(count);
        return shown == null ? "fewer than " + THRESHOLD : String.format("%,d", shown);
    }
}
