package org.reachable.chronology;

/** Turns stored attribute values into words for people ("SHARP_OBJECT_INJURY" into "Sharp object injury"). */
final class DetailWords {

    private DetailWords() {
    }

    static String of(Attribute attribute, String value) {
        if (value == null) {
            return "";
        }
        return switch (attribute.kind()) {
            case YES_NO -> "true".equalsIgnoreCase(value) ? "Yes" : "No";
            case NUMBER, TEXT -> value;
            case CODE -> code(attribute, value);
        };
    }

    private static String code(Attribute attribute, String value) {
        if ("reason".equals(attribute.name())) {
            try {
                return value + ": " + ExclusionReason.valueOf(value).label();
            } catch (IllegalArgumentException e) {
                // Not an exclusion reason (e.g. ED attendance reasons): fall through to plain words.
            }
        }
        if ("need".equals(attribute.name())) {
            try {
                return SendNeed.valueOf(value).label();
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        String lower = value.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
