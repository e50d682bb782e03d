package org.reachable.insight;

/**
 * Statistical disclosure control: counts from 1 to 4 could identify a child in a small area or group, so they are
 * shown as "fewer than 5" and never as the number. Zero is shown, as it reveals no one.
 */
public final class SmallNumbers {

    public static final int THRESHOLD = 5;

    private SmallNumbers() {
    }

    /** The count as it may be published: a number, or null when suppressed. */
    public static Long publishable(long count) {
        return count > 0 && count < THRESHOLD ? null : count;
    }

    public static String words(long count) {
        Long shown = publishable(count);
        return shown == null ? "fewer than " + THRESHOLD : String.format("%,d", shown);
    }
}
