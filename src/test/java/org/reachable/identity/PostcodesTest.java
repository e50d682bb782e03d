package org.reachable.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "E17 4JF|E17 4JF",
            "e17 4jf|E17 4JF",
            "E174JF|E17 4JF",
            "  E17   4JF  |E17 4JF",
            "M1 1AE|M1 1AE",
            "B33 8TH|B33 8TH",
            "CR2 6XH|CR2 6XH",
            "DN55 1PT|DN55 1PT",
            "W1A 0AX|W1A 0AX",
            "ec1a1bb|EC1A 1BB",
            "N1 9GU|N1 9GU"})
    void normalisesCaseAndSpacing(String given, String expected) {
        assertThat(Postcodes.normalise(given)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "E17",            // outward code only
            "4JF",            // inward code only
            "E17 4JFF",       // inward code too long
            "E17 44F",        // inward code needs two letters
            "E17 4CF",        // C is never used in an inward code
            "E17 4IF",        // nor I
            "E17 4JK",        // nor K
            "E17 4MV",        // nor M or V
            "EEE1 4JF",       // three letters in the area
            "17E 4JF",        // area must start with a letter
            "E17-4JF",        // hyphen is not a separator
            "NOT A POSTCODE"})
    void rejectsWhatIsNotAPostcode(String given) {
        assertThat(Postcodes.normalise(given)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsNothing(String given) {
        assertThat(Postcodes.normalise(given)).isEmpty();
    }
}
