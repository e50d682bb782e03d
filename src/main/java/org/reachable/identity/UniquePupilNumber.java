package org.reachable.identity;

import java.util.Optional;

/**
 * Unique pupil numbers (DfE): 13 characters, a check letter then 3-digit LA code, 4-digit establishment number,
 * 2-digit year and 3-digit serial. The last character may be a letter in a temporary UPN. The check letter is the
 * weighted sum (weights 2..13) of characters 2..13, modulo 23, as a letter from the 23-letter alphabet that omits I,
 * O and S; letters in position 13 count by their place in that alphabet.
 */
public final class UniquePupilNumber {

    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumber() {
    }

    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upn = text.strip().toUpperCase();
        if (!upn.matches("[" + LETTERS + "]\\d{11}[0-9" + LETTERS + "]")) {
            return Optional.empty();
        }
        return checkLetter(upn.substring(1)).filter(c -> c == upn.charAt(0)).map(c -> upn);
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** The check letter for the 12 characters that follow it. */
    public static Optional<Character> checkLetter(String twelve) {
        if (twelve.length() != 12) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int value;
            if (Character.isDigit(c)) {
                value = c - '0';
            } else if (i == 11 && LETTERS.indexOf(c) >= 0) {
                value = LETTERS.indexOf(c);
            } else {
                return Optional.empty();
            }
            sum += value * (i + 2);
        }
        return Optional.of(LETTERS.charAt(sum % 23));
    }
}
