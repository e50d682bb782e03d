package org.reachable.panels;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a panel discusses: a child, or a context around children (peer group, place, person of interest, online). */
public enum SubjectKind {
    CHILD("Child"),
    PEER_GROUP("Peer group"),
    PLACE("Place"),
    PERSON_OF_INTEREST("Person of interest"),
    ONLINE_SPACE("Online space");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SubjectKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(code)).findFirst();
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
