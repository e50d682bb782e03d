package org.reachable.bench.linkage;

import java.text.Normalizer;
import java.util.Locale;

/** The cleaning applied to every value before either system sees it, so both start from the same data. */
final class Cleaning {

    private Cleaning() {
    }

    static String clean(FieldKind kind, String raw) {
        if (raw == null) {
            return "";
        }
        String value = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (kind) {
            case DATE_OF_BIRTH, IDENTIFIER, NUMBER, HOUSE_NUMBER -> value.replaceAll("[^0-9a-z]", "");
            case POSTCODE -> value.replace(" ", "");
            case GIVEN_NAME, FAMILY_NAME -> value.replaceAll("[^a-z' -]", "").strip();
            default -> value;
        };
    }
}
