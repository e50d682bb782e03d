package org.reachable.frontdoor;

import java.util.Arrays;
import java.util.Optional;

/** The MASH's screening rating of a contact. */
public enum Rag {
    RED("Red: significant harm likely, act now"),
    AMBER("Amber: needs information from partners today"),
    GREEN("Green: no immediate risk");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Rag> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(code)).findFirst();
    }
}
