package org.reachable.linkage.internal;

import java.util.ArrayList;
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

    /** A dictionary of values compared for equality only. */
    public Dictionary() {
        this(false);
    }

    /** With {@code similarity}, a Jaro-Winkler profile is kept for each value. */
    public Dictionary(boolean similarity) {
        profiles = similarity ? new ArrayList<>() : null;
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
            profiles.add(JaroWinkler.profile(value));
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

    public int size() {
        return values.size();
    }
}
