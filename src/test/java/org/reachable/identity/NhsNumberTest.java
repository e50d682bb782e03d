package org.reachable.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @Test
    void acceptsKnownValidNumbers() {
        // 9 4 3 4 7 6 5 9 1 x 10..2 = 90+36+24+28+42+30+20+27+2 = 299; 299 mod 11 = 2; 11 - 2 = 9
        assertThat(NhsNumber.parse("9434765919")).contains("9434765919");
        // 4 0 1 0 2 3 2 1 3 x 10..2 = 40+0+8+0+12+15+8+3+6 = 92; 92 mod 11 = 4; 11 - 4 = 7
        assertThat(NhsNumber.parse("4010232137")).contains("4010232137");
        assertThat(NhsNumber.isValid("9434765919")).isTrue();
    }

    @Test
    void acceptsCheckDigitZeroWhenTheRemainderIsZero() {
        // 9 4 3 4 7 6 5 9 0 x 10..2 = 297; 297 mod 11 = 0; 11 - 0 = 11, which is written as 0
        assertThat(NhsNumber.parse("9434765900")).contains("9434765900");
        assertThat(NhsNumber.checkDigit("943476590")).contains(0);
    }

    @Test
    void removesSpacesAndHyphensFromTheWrittenForms() {
        assertThat(NhsNumber.parse("943 476 5919")).contains("9434765919");
        assertThat(NhsNumber.parse("943-476-5919")).contains("9434765919");
    }

    @Test
    void rejectsEveryTenthDigitButTheCheckDigit() {
        IntStream.rangeClosed(0, 9).filter(d -> d != 9).forEach(d ->
                assertThat(NhsNumber.parse("943476591" + d)).as("943476591%d", d).isEmpty());
        assertThat(NhsNumber.isValid("9434765918")).isFalse();
    }

    @Test
    void rejectsEveryNumberWhosePrefixGivesCheckValueTen() {
        // 1 2 3 4 5 6 7 8 9 x 10..2 = 10+18+24+28+30+30+28+24+18 = 210; 210 mod 11 = 1; 11 - 1 = 10: no digit fits
        assertThat(NhsNumber.checkDigit("123456789")).isEmpty();
        IntStream.rangeClosed(0, 9).forEach(d ->
                assertThat(NhsNumber.parse("123456789" + d)).as("123456789%d", d).isEmpty());
        // 4 0 1 0 2 3 2 1 7 x 10..2 = 40+0+8+0+12+15+8+3+14 = 100; 100 mod 11 = 1; check value 10 again
        IntStream.rangeClosed(0, 9).forEach(d ->
                assertThat(NhsNumber.isValid("401023217" + d)).as("401023217%d", d).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"943476591", "94347659190", "943 476 591", "9", "94347659199999"})
    void rejectsTheWrongNumberOfDigits(String text) {
        assertThat(NhsNumber.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"94347659A9", "NHS9434765919", "943476591O", "943.476.5919", "９４３４７６５９１９"})
    void rejectsAnythingButDigitsSpacesAndHyphens(String text) {
        assertThat(NhsNumber.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsNothing(String text) {
        assertThat(NhsNumber.parse(text)).isEmpty();
        assertThat(NhsNumber.isValid(text)).isFalse();
    }
}
