package org.reachable.identity;

import java.util.Optional;

/**
 * NHS numbers: ten digits, the tenth a modulus-11 check digit over the first nine (weights 10 down to 2). A remainder
 * giving check value 10 means the number can never be valid.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** The ten digits without spaces, if the text is a valid NHS number ("943 476 5919" is accepted). */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replace(" ", "").replace("-", "");
        if (!digits.matches("\\d{10}")) {
            return Optional.empty();
        }
        return checkDigit(digits.substring(0, 9)).filter(c -> c == digits.charAt(9) - '0').map(c -> digits);
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** The check digit for nine digits, or empty where no check digit exists (remainder gives 10). */
    public static Optional<Integer> checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check == 10 ? Optional.empty() : Optional.of(check);
    }
}
