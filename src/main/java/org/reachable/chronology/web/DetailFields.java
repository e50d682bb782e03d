package org.reachable.chronology.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** A form posts an event's type-specific details as fields named {@code details.<attribute>}. */
final class DetailFields {

    static final String PREFIX = "details.";

    private DetailFields() {
    }

    /** The non-blank {@code details.*} fields of a posted form, keyed by attribute name. */
    static Map<String, String> from(Map<String, String> form) {
        Map<String, String> details = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith(PREFIX) && value != null && !value.isBlank()) {
                details.put(key.substring(PREFIX.length()), value);
            }
        });
        return details;
    }
}
