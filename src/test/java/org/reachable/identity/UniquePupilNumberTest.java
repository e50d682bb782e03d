package org.reachable.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Check letters worked out by hand: characters 2..13 times weights 2..13, summed, modulo 23, read from the alphabet
 * without I, O and S: A0 B1 C2 D3 E4 F5 G6 H7 J8 K9 L10 M11 N12 P13 Q14 R15 T16 U17 V18 W19 X20 Y21 Z22.
 */
class UniquePupilNumberTest {

    @Test
    void acceptsPermanentUpnsWithTheRightCheckLetter() {
        // 8 0 1 2 0 0 0 0 5 0 0 1 x 2..13 = 16+0+4+10+0+0+0+0+50+0+0+13 = 93; 93 - 4*23 = 1 -> B
        assertThat(UniquePupilNumber.parse("B801200005001")).contains("B801200005001");
        // 3 2 0 2 0 0 1 1 9 0 0 1 x 2..13 = 6+6+0+10+0+0+8+9+90+0+0+13 = 142; 142 - 6*23 = 4 -> E
        assertThat(UniquePupilNumber.parse("E320200119001")).contains("E320200119001");
        // 2 0 6 4 0 0 1 2 3 0 4 5 x 2..13 = 4+0+24+20+0+0+8+18+30+0+48+65 = 217; 217 - 9*23 = 10 -> L
        assertThat(UniquePupilNumber.parse("L206400123045")).contains("L206400123045");
    }

    @Test
    void acceptsATemporaryUpnWhoseLastCharacterIsALetter() {
        // 3 2 0 2 0 0 1 1 9 0 0 x 2..12 = 129, plus T (16) x 13 = 208; 337 - 14*23 = 15 -> R
        assertThat(UniquePupilNumber.parse("R32020011900T")).contains("R32020011900T");
        assertThat(UniquePupilNumber.checkLetter("32020011900T")).contains('R');
    }

    @Test
    void rejectsAWrongCheckLetter() {
        for (char wrong : "ABCDFGHJKLMNPQRTUVWXYZ".toCharArray()) {
            assertThat(UniquePupilNumber.parse(wrong + "320200119001")).as("%s320200119001", wrong).isEmpty();
        }
        assertThat(UniquePupilNumber.isValid("C801200005001")).isFalse();
    }

    @Test
    void rejectsATemporaryUpnWhoseLetterWasNotCountedInTheCheck() {
        // The check letter for the digits alone with a final 0 would be Q (129 mod 23 = 14), not R.
        assertThat(UniquePupilNumber.parse("Q32020011900T")).isEmpty();
    }

    @Test
    void usesTheAlphabetWithoutIOAndSForCheckLetters() {
        // 3 2 0 2 0 0 1 1 9 0 8 1 x 2..13 = 129+96+13 = 238; 238 - 10*23 = 8 -> J (a full alphabet would give I)
        assertThat(UniquePupilNumber.parse("J320200119081")).isPresent();
        assertThat(UniquePupilNumber.parse("I320200119081")).isEmpty();
        // 3 2 0 2 0 0 1 1 9 0 0 0 x 2..13 = 129; 129 - 5*23 = 14 -> Q (a full alphabet would give O)
        assertThat(UniquePupilNumber.parse("Q320200119000")).isPresent();
        assertThat(UniquePupilNumber.parse("O320200119000")).isEmpty();
        // 3 2 0 2 0 0 1 1 9 0 8 0 x 2..13 = 129+96 = 225; 225 - 9*23 = 18 -> V (a full alphabet would give S)
        assertThat(UniquePupilNumber.parse("V320200119080")).isPresent();
        assertThat(UniquePupilNumber.parse("S320200119080")).isEmpty();
    }

    @Test
    void normalisesLowerCaseAndSurroundingSpace() {
        assertThat(UniquePupilNumber.parse("e320200119001")).contains("E320200119001");
        assertThat(UniquePupilNumber.parse("  r32020011900t ")).contains("R32020011900T");
    }

    @ParameterizedTest
    @ValueSource(strings = {"E32020011900", "E3202001190011", "E", "320200119001"})
    void rejectsTheWrongLength(String text) {
        assertThat(UniquePupilNumber.parse(text)).isEmpty();
    }

    @Test
    void rejectsIOAndSAsTheLastCharacterOfATemporaryUpn() {
        // Check letters as if I, O and S counted by their place in the full alphabet (8, 14, 18):
        // 129 + 8x13 = 233 -> 3 (D); 129 + 14x13 = 311 -> 12 (N); 129 + 18x13 = 363 -> 18 (V)
        assertThat(UniquePupilNumber.parse("D32020011900I")).isEmpty();
        assertThat(UniquePupilNumber.parse("N32020011900O")).isEmpty();
        assertThat(UniquePupilNumber.parse("V32020011900S")).isEmpty();
    }

    @ParameterizedTest
    // A letter in the middle (A would count 0, leaving E correct) and a digit in place of the check letter.
    @ValueSource(strings = {"E3202A0119001", "4320200119001"})
    void rejectsLettersAndDigitsOutOfPlace(String text) {
        assertThat(UniquePupilNumber.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsNothing(String text) {
        assertThat(UniquePupilNumber.parse(text)).isEmpty();
    }

    @Test
    void hasNoCheckLetterForTheWrongNumberOfCharacters() {
        assertThat(UniquePupilNumber.checkLetter("32020011900")).isEmpty();
        assertThat(UniquePupilNumber.checkLetter("3202001190011")).isEmpty();
    }
}
