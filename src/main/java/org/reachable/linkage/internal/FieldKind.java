package org.reachable.linkage.internal;

import java.util.List;

/**
 * The kinds of field compared and their comparison levels, from strongest agreement to disagreement. Level 0 always
 * means "not recorded on one side or both": no evidence either way.
 */
public enum FieldKind {
    GIVEN(List.of("same", "a nickname or alias of the other", "swapped with the surname",
            "spelt slightly differently", "spelt differently but similar", "different")),
    FAMILY(List.of("same", "a previous surname or alias of the other", "swapped with the given name",
            "spelt slightly differently", "spelt differently but similar", "different")),
    BIRTH(List.of("same", "differs by one digit, two digits swapped or day and month swapped", "within a month",
            "within a year", "different")),
    SEX(List.of("same", "different")),
    POSTCODE(List.of("same", "same sector", "same district", "different")),
    ADDRESS(List.of("same", "similar", "different")),
    IDENTIFIER(List.of("same and valid", "same", "differs by one character", "different (both valid)",
            "different")),
    ATTRIBUTE(List.of("same", "similar", "different"));

    public static final int MISSING = 0;
    public static final int EXACT = 1;

    private final List<String> findings;

    FieldKind(List<String> findings) {
        this.findings = findings;
    }

    /** Levels including level 0 (missing). */
    public int levels() {
        return findings.size() + 1;
    }

    public String finding(int level) {
        return level == MISSING ? "not recorded on both" : findings.get(level - 1);
    }

    /** Whether the exact level's weight is adjusted for how common the value is. */
    public boolean frequencyAdjusted() {
        return this == GIVEN || this == FAMILY || this == POSTCODE || this == ADDRESS || this == ATTRIBUTE;
    }
}
