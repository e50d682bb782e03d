package org.reachable.panels;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Whether an agency's representative was there. */
public enum AttendanceStatus {
    PRESENT("Present"),
    APOLOGIES("Sent apologies"),
    ABSENT("Absent");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AttendanceStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(code)).findFirst();
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
