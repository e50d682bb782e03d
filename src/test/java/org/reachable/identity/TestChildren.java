package org.reachable.identity;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid, unique input for registering a child. Identifiers get their check digit or letter computed here, apart from
 * the production code, so that a fault there cannot make the test data agree with it.
 */
final class TestChildren {

    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final String TAG_LETTERS = "bcdfghjkmnpqrstvwxz";

    private TestChildren() {
    }

    /** Eight random lower-case consonants: a surname part no other test will have. */
    static String tag() {
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            tag.append(TAG_LETTERS.charAt(ThreadLocalRandom.current().nextInt(TAG_LETTERS.length())));
        }
        return Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
    }

    /** A random, valid NHS number: nine digits and their modulus-11 check digit. */
    static String nhsNumber() {
        while (true) {
            String nine = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return nine + check;
            }
        }
    }

    /** A random, valid permanent UPN: check letter, then 12 digits. */
    static String upn() {
        String twelve = "320" + ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i + 2);
        }
        return UPN_LETTERS.charAt(sum % 23) + twelve;
    }

    /** A date of birth between 1 and 20 years ago, so few other children share it. */
    static LocalDate dateOfBirth() {
        return LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(365, 365 * 20));
    }

    static Builder child() {
        return new Builder();
    }

    /** A valid new child; change one field to make it invalid. */
    static final class Builder {
        String givenNames = "John";
        String familyName = "Smith-" + tag();
        String dateOfBirth = TestChildren.dateOfBirth().toString();
        String sex = "M";
        String ethnicity = "BCRB";
        String nhsNumber = TestChildren.nhsNumber();
        String upn = TestChildren.upn();
        String addressLine1 = "12 Hoe Street";
        String town = "London";
        String postcode = "E17 4JF";

        Builder givenNames(String value) {
            givenNames = value;
            return this;
        }

        Builder familyName(String value) {
            familyName = value;
            return this;
        }

        Builder dateOfBirth(String value) {
            dateOfBirth = value;
            return this;
        }

        Builder sex(String value) {
            sex = value;
            return this;
        }

        Builder ethnicity(String value) {
            ethnicity = value;
            return this;
        }

        Builder nhsNumber(String value) {
            nhsNumber = value;
            return this;
        }

        Builder upn(String value) {
            upn = value;
            return this;
        }

        Builder postcode(String value) {
            postcode = value;
            return this;
        }

        NewChild build() {
            return new NewChild(givenNames, familyName, dateOfBirth, sex, ethnicity, nhsNumber, upn, addressLine1,
                    town, postcode);
        }
    }
}
