package org.reachable.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/** UK postcodes: checks the shape (outward code, space, inward code) and normalises spacing and case. */
public final class Postcodes {

    private static final Pattern SHAPE =
            Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][ABD-HJLNP-UW-Z]{2})$");

    private Postcodes() {
    }

    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = SHAPE.matcher(text.strip().toUpperCase().replaceAll("\\s+", " "));
        return m.matches() ? Optional.of(m.group(1) + " " + m.group(2)) : Optional.empty();
    }
}
