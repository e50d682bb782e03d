package org.reachable.panels;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where an action stands. Only DONE counts as completed; OPEN and IN_PROGRESS roll forward to the next meeting. */
public enum ActionStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    NOT_NEEDED("No longer needed");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public static Optional<ActionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(code)).findFirst();
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
