package org.reachable.chronology;

import java.util.List;

/**
 * A type-specific detail of an event (the child's role in a police incident, the DfE reason for an exclusion).
 * {@code allowed} is the closed list of codes for CODE attributes; empty for others.
 */
public record Attribute(String name, Kind kind, boolean required, List<String> allowed, String label) {

    public enum Kind { CODE, NUMBER, YES_NO, TEXT }

    static Attribute oneOf(String name, boolean required, String label, String... allowed) {
        return new Attribute(name, Kind.CODE, required, List.of(allowed), label);
    }

    static Attribute number(String name, boolean required, String label) {
        return new Attribute(name, Kind.NUMBER, required, List.of(), label);
    }

    static Attribute yesNo(String name, String label) {
        return new Attribute(name, Kind.YES_NO, false, List.of(), label);
    }

    static Attribute text(String name, String label) {
        return new Attribute(name, Kind.TEXT, false, List.of(), label);
    }
}
