package org.reachable.context;

import java.util.Arrays;
import java.util.Optional;

/** How strong the evidence for a link is: one mention, several, or well established. */
public enum Strength {
    WEAK, MODERATE, STRONG;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }

    public static Optional<Strength> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(code)).findFirst();
    }
}
