package org.reachable.frontdoor;

import java.util.Arrays;
import java.util.Optional;

/** How soon the referrer thinks the child needs a response. */
public enum Urgency {
    IMMEDIATE("The child is at immediate risk of significant harm"),
    TODAY("A response is needed today"),
    ROUTINE("Within the usual one working day");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Urgency> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(code)).findFirst();
    }
}
