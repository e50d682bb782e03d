package org.reachable.linkage.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.reachable.linkage.IdentifierCheck;
import org.reachable.linkage.PersonRecord;

/**
 * Which identifier schemes and extra attributes a model compares, fixed when it is trained: the union of those the
 * training records hold, in name order. Values of other schemes or attributes are ignored.
 */
public record Schema(List<String> schemes, boolean[] checked, List<String> attributes) {

    /** Comparison levels are packed three bits a field into 48 bits of a long. */
    public static final int MAX_FIELDS = 16;
    static final int FIXED_FIELDS = 6;

    public static Schema of(Iterable<PersonRecord> records, IdentifierCheck check) {
        Set<String> schemes = new TreeSet<>();
        Set<String> attributes = new TreeSet<>();
        for (PersonRecord record : records) {
            record.identifiers().keySet().forEach(s -> schemes.add(scheme(s)));
            attributes.addAll(record.attributes().keySet());
        }
        if (FIXED_FIELDS + schemes.size() + attributes.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("Too many fields to compare: " + schemes.size() + " identifier schemes "
                    + "and " + attributes.size() + " attributes " + attributes + "; at most "
                    + (MAX_FIELDS - FIXED_FIELDS) + " together");
        }
        List<String> schemeList = List.copyOf(schemes);
        boolean[] checked = new boolean[schemeList.size()];
        for (int s = 0; s < checked.length; s++) {
            checked[s] = check.hasCheckDigit(schemeList.get(s));
        }
        return new Schema(schemeList, checked, List.copyOf(attributes));
    }

    public static String scheme(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }

    public int fieldCount() {
        return FIXED_FIELDS + schemes.size() + attributes.size();
    }
}
