package org.reachable.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct values of a field, each given a small int id, so records hold ints and equal values compare as ints.
 * Values compared by similarity also keep a Jaro-Winkler profile. Not thread-safe for adding; reading ids and values
 * is safe once adding has stopped.
 */
public class Dictionary {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private final List<JaroWinkler.Profile> profiles;
    /** For similarity: each value's length and symbols present, in flat arrays for quick rejection of far pairs. */
    private int[] lengths;
    private long[] symbols;

    /** A dictionary of values compared for equality only. */
    public Dictionary() {
        this(false);
    }

    /** With {@code similarity}, a Jaro-Winkler profile is kept for each value. */
    public Dictionary(boolean similarity) {
        profiles = similarity ? new ArrayList<>() : null;
        lengths = similarity ? new int[1024] : null;
        symbols = similarity ? new long[1024] : null;
    }

    /** The id of a value, adding it if new; -1 for the empty string (a missing value). */
    public int id(String value) {
        if (value.isEmpty()) {
            return -1;
        }
        Integer id = ids.get(value);
        if (id != null) {
            return id;
        }
        int added = values.size();
        ids.put(value, added);
        values.add(value);
        if (profiles != null) {
            JaroWinkler.Profile profile = JaroWinkler.profile(value);
            profiles.add(profile);
            if (added == lengths.length) {
                lengths = Arrays.copyOf(lengths, added * 2);
                symbols = Arrays.copyOf(symbols, added * 2);
            }
            lengths[added] = value.length();
            symbols[added] = profile.positions() == null ? 0 : profile.present();
        }
        added(added, value);
        return added;
    }

    /** Called once for each new value, so subclasses can precompute what they derive from it. */
    protected void added(int id, String value) {
    }

    public String value(int id) {
        return values.get(id);
    }

    /** The value's Jaro-Winkler profile (only in a dictionary made for similarity). */
    public JaroWinkler.Profile profile(int id) {
        return profiles.get(id);
    }

    /**
     * Jaro-Winkler of two values (only in a dictionary made for similarity) when at least {@code floor}, else some
     * value below it. Far pairs are settled from lengths and symbols present without reading the values.
     */
    public double similarity(int a, int b, double floor) {
        if (symbols[a] != 0 && symbols[b] != 0) {
            int most = Math.min(lengths[a] - Long.bitCount(symbols[a] & ~symbols[b]),
                    lengths[b] - Long.bitCount(symbols[b] & ~symbols[a]));
            if (!JaroWinkler.mayReach(lengths[a], lengths[b], most, floor)) {
                return JaroWinkler.BELOW;
            }
        }
        return JaroWinkler.similarity(profiles.get(a), profiles.get(b), floor);
    }

    /**
     * Whether two values (of a dictionary made for similarity) are one typing error apart: never when their lengths
     * differ by more than one, or more than two symbols are in one and not the other.
     */
    public boolean withinOneEdit(int a, int b) {
        if (Math.abs(lengths[a] - lengths[b]) > 1
                || symbols[a] != 0 && symbols[b] != 0 && Long.bitCount(symbols[a] ^ symbols[b]) > 2) {
            return false;
        }
        return Edits.withinOne(values.get(a), values.get(b));
    }

    public int size() {
        return values.size();
    }
}
