package org.reachable.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EthnicityTest {

    /** NHS Data Dictionary ethnic categories: A-H, J-N, P, R, S and Z (not stated). */
    private static final String NHS_CATEGORIES = "ABCDEFGHJKLMNPRSZ";

    @Test
    void knowsEveryDfeCodeAndNoOther() {
        assertThat(Arrays.stream(Ethnicity.values()).map(Enum::name)).containsExactlyInAnyOrder(
                "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN",
                "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
    }

    @ParameterizedTest
    @CsvSource({
            "WBRI, A", "WIRI, B", "WIRT, C", "WOTH, C", "WROM, C", "MWBC, D", "MWBA, E", "MWAS, F", "MOTH, G",
            "AIND, H", "APKN, J", "ABAN, K", "AOTH, L", "BCRB, M", "BAFR, N", "BOTH, P", "CHNE, R", "OOTH, S",
            "REFU, Z", "NOBT, Z"})
    void mapsEachDfeCodeToItsNhsCategory(String dfe, char nhs) {
        Ethnicity ethnicity = Ethnicity.fromDfeCode(dfe).orElseThrow();
        assertThat(ethnicity.nhsCode()).isEqualTo(nhs);
        assertThat(NHS_CATEGORIES).contains(String.valueOf(ethnicity.nhsCode()));
    }

    @Test
    void usesEveryNhsCategory() {
        String used = Arrays.stream(Ethnicity.values()).map(e -> String.valueOf(e.nhsCode()))
                .distinct().sorted().collect(Collectors.joining());
        assertThat(used).isEqualTo(NHS_CATEGORIES);
    }

    @ParameterizedTest
    @CsvSource({
            "A, WBRI", "B, WIRI", "D, MWBC", "E, MWBA", "F, MWAS", "G, MOTH", "H, AIND", "J, APKN", "K, ABAN",
            "L, AOTH", "M, BCRB", "N, BAFR", "P, BOTH", "R, CHNE", "S, OOTH"})
    void roundTripsWhereOneDfeCodeHasTheNhsCategory(char nhs, String dfe) {
        Ethnicity ethnicity = Ethnicity.valueOf(dfe);
        assertThat(Ethnicity.fromNhsCode(nhs)).contains(ethnicity);
        assertThat(Ethnicity.fromNhsCode(ethnicity.nhsCode())).contains(ethnicity);
    }

    @Test
    void sharesOnlyCategoriesCAndZAndReadsThemBackAsTheGeneralDfeCode() {
        Map<Character, List<Ethnicity>> byCategory = Arrays.stream(Ethnicity.values())
                .collect(Collectors.groupingBy(Ethnicity::nhsCode));
        assertThat(byCategory.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder('C', 'Z');
        for (Ethnicity ethnicity : Ethnicity.values()) {
            Ethnicity expected = switch (ethnicity.nhsCode()) {
                case 'C' -> Ethnicity.WOTH;
                case 'Z' -> Ethnicity.NOBT;
                default -> ethnicity;
            };
            assertThat(Ethnicity.fromNhsCode(ethnicity.nhsCode())).as("%s via %s", ethnicity, ethnicity.nhsCode())
                    .contains(expected);
        }
    }

    @Test
    void mapsTheCoarseNhsCategoriesToTheGeneralDfeCode() {
        assertThat(Ethnicity.fromNhsCode('C')).contains(Ethnicity.WOTH);
        assertThat(Ethnicity.fromNhsCode('Z')).contains(Ethnicity.NOBT);
    }

    @Test
    void readsCodesInEitherCase() {
        assertThat(Ethnicity.fromDfeCode("bafr")).contains(Ethnicity.BAFR);
        assertThat(Ethnicity.fromNhsCode('n')).contains(Ethnicity.BAFR);
        assertThat(Ethnicity.fromNhsCode('c')).contains(Ethnicity.WOTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WHIT", "BLACK", "W", "", "A"})
    void findsNothingForAnUnknownDfeCode(String code) {
        assertThat(Ethnicity.fromDfeCode(code)).isEmpty();
    }

    @Test
    void findsNothingForNoDfeCode() {
        assertThat(Ethnicity.fromDfeCode(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Q', 'T', 'X', '9', ' '})
    void findsNothingForAnUnknownNhsCategory(char code) {
        assertThat(Ethnicity.fromNhsCode(code)).isEmpty();
    }

    @Test
    void listsTheAllowedCodesForErrorMessages() {
        assertThat(Ethnicity.allowedCodes()).startsWith("WBRI, WIRI").contains("BAFR").endsWith("NOBT");
    }
}
