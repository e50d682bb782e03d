package org.reachable.linkage.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How text is normalised before comparison: case, accents, punctuation and spacing never count as differences. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9 \\-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Z0-9]");

    private Text() {
    }

    /** Lower case, no accents, apostrophes and dots dropped, single spaces: "O'Brien " becomes "obrien". */
    public static String name(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String lower = plain.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replace(".", "");
        return SPACES.matcher(NOT_NAME.matcher(lower).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** The first of several given names ("mary ann" gives "mary"). */
    public static String firstName(String normalised) {
        int space = normalised.indexOf(' ');
        return space < 0 ? normalised : normalised.substring(0, space);
    }

    /** Upper case letters and digits only: "e17 4ab" and "E174AB" are the same postcode. */
    public static String code(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return NOT_ALNUM.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("");
    }

    /** Generic attribute text: trimmed, lower case, single spaces. */
    public static String plain(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
