package org.reachable.identity;

import java.util.Arrays;
import java.util.Optional;

/** The identifiers agencies give a child. Only NHS numbers and UPNs carry a check digit. */
public enum IdentifierScheme {
    NHS("NHS number"),
    UPN("Unique pupil number"),
    POLICE("Police reference"),
    CSC("Social care reference"),
    YJS("Youth justice reference");

    private final String label;

    IdentifierScheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The normalised identifier, or empty if it breaks the scheme's format or check digit. */
    public Optional<String> normalise(String value) {
        return switch (this) {
            case NHS -> NhsNumber.parse(value);
            case UPN -> UniquePupilNumber.parse(value);
            case POLICE, CSC, YJS -> value != null && value.strip().matches("[A-Za-z0-9/\\-]{3,30}")
                    ? Optional.of(value.strip().toUpperCase()) : Optional.empty();
        };
    }

    /**
     * The normalised identifier given in {@code field}, or null when it was left blank or is invalid; an invalid one is
     * reported in {@code checks} with the rule it breaks.
     */
    public String check(org.reachable.platform.validation.Checks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<String> normalised = normalise(value);
        if (normalised.isEmpty()) {
            checks.problem(field, value, "Not a valid " + label + ": must be " + formatRule());
            return null;
        }
        return normalised.get();
    }

    public String formatRule() {
        return switch (this) {
            case NHS -> "10 digits whose last digit is the modulus-11 check digit";
            case UPN -> "13 characters: a check letter, 11 digits and a final digit or letter, with a correct check letter";
            case POLICE, CSC, YJS -> "3 to 30 letters, digits, '/' or '-'";
        };
    }

    public static Optional<IdentifierScheme> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(code)).findFirst();
    }
}
