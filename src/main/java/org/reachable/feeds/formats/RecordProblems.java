package org.reachable.feeds.formats;

import java.util.ArrayList;
import java.util.List;
import org.reachable.feeds.FeedFormat;
import org.reachable.feeds.ParseProblem;

/**
 * The problems found while reading one record (a pupil, a child, an encounter), each naming the field, the value and
 * the rule, and all carrying the record's location and raw text so it can be corrected and sent again.
 */
final class RecordProblems {

    /** Values longer than this are reported rather than passed on: no field in these formats needs more. */
    static final int MAX_VALUE = 1_000;

    private record Found(String field, String value, String rule) {
    }

    private final List<Found> found = new ArrayList<>();

    void add(String field, String value, String rule) {
        found.add(new Found(field, shorten(value), rule));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int size() {
        return found.size();
    }

    /** The value, or null after reporting it when it is longer than any real value of that field. */
    String bounded(String field, String value) {
        if (value != null && value.length() > MAX_VALUE) {
            add(field, value, "Longer than " + MAX_VALUE + " characters");
            return null;
        }
        return value;
    }

    void reportTo(FeedFormat.Sink sink, String file, Long line, String reference, String rawText) {
        for (Found f : found) {
            sink.problem(new ParseProblem(file, line, reference, f.field, f.value, f.rule, rawText));
        }
    }

    private static String shorten(String value) {
        return value != null && value.length() > 200 ? value.substring(0, 200) + "... (" + value.length()
                + " characters)" : value;
    }
}
