package org.reachable.context;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of context. Persons of interest are restricted to roles that may see them. */
public enum ContextKind {
    PEER_GROUP("Peer group"),
    PLACE("Place"),
    PERSON_OF_INTEREST("Person of interest"),
    ONLINE_SPACE("Online space");

    private final String label;

    ContextKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean restricted() {
        return this == PERSON_OF_INTEREST;
    }

    public static Optional<ContextKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(code)).findFirst();
    }

    public static String allowedCodes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
