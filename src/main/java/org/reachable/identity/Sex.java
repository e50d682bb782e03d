package org.reachable.identity;

import java.util.Arrays;
import java.util.Optional;

/** Sex as agencies record it: F, M, X (indeterminate) or U (not known). Never an input to an alert or score. */
public enum Sex {
    F("Female"), M("Male"), X("Indeterminate"), U("Not known");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Sex> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(code)).findFirst();
    }
}
