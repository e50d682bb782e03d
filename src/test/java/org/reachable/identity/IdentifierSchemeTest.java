package org.reachable.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierSchemeTest {

    @Test
    void normalisesNhsNumbersByTheirCheckDigit() {
        assertThat(IdentifierScheme.NHS.normalise("943 476 5919")).contains("9434765919");
        assertThat(IdentifierScheme.NHS.normalise("9434765918")).isEmpty();
        assertThat(IdentifierScheme.NHS.normalise(null)).isEmpty();
    }

    @Test
    void normalisesUpnsByTheirCheckLetter() {
        // 3 2 0 2 0 0 1 1 9 0 0 1 x 2..13 = 142; 142 mod 23 = 4 -> E
        assertThat(IdentifierScheme.UPN.normalise("e320200119001")).contains("E320200119001");
        assertThat(IdentifierScheme.UPN.normalise("F320200119001")).isEmpty();
        assertThat(IdentifierScheme.UPN.normalise(null)).isEmpty();
    }

    @Test
    void doesNotTakeAValidNumberOfOneSchemeForAnother() {
        assertThat(IdentifierScheme.NHS.normalise("E320200119001")).isEmpty();
        assertThat(IdentifierScheme.UPN.normalise("9434765919")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = IdentifierScheme.class, names = {"POLICE", "CSC", "YJS"})
    void trimsAndUpperCasesAgencyReferences(IdentifierScheme scheme) {
        assertThat(scheme.normalise("  01/12345-ab ")).contains("01/12345-AB");
        assertThat(scheme.normalise("abc")).contains("ABC");
        assertThat(scheme.normalise("a".repeat(30))).contains("A".repeat(30));
    }

    @ParameterizedTest
    @EnumSource(value = IdentifierScheme.class, names = {"POLICE", "CSC", "YJS"})
    void rejectsAgencyReferencesOfTheWrongLengthOrCharacters(IdentifierScheme scheme) {
        assertThat(scheme.normalise("ab")).isEmpty();
        assertThat(scheme.normalise("a".repeat(31))).isEmpty();
        assertThat(scheme.normalise("01 12345")).isEmpty();
        assertThat(scheme.normalise("01_12345")).isEmpty();
        assertThat(scheme.normalise("ref#123")).isEmpty();
        assertThat(scheme.normalise("   ")).isEmpty();
        assertThat(scheme.normalise(null)).isEmpty();
    }

    @Test
    void findsASchemeByItsCodeInEitherCase() {
        assertThat(IdentifierScheme.fromCode("nhs")).contains(IdentifierScheme.NHS);
        assertThat(IdentifierScheme.fromCode("Police")).contains(IdentifierScheme.POLICE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NI", "NHSNO", ""})
    void findsNoSchemeForAnUnknownCode(String code) {
        assertThat(IdentifierScheme.fromCode(code)).isEmpty();
    }
}
