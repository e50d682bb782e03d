package org.reachable.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachable.linkage.internal.EncodedRecords;
import org.reachable.linkage.internal.Field;
import org.reachable.linkage.internal.Nicknames;
import org.reachable.linkage.internal.PairComparator;
import org.reachable.linkage.internal.Schema;

/** Each comparison level is found for the difference it names, and only for it. */
class ComparisonLevelsTest {

    private static final PersonRecord ROBERT = PersonRecord.of("a", "police", "Robert", "Smith", "2010-04-03")
            .withSex("M").withAddress("E17 4AB", "1 High Street")
            .withIdentifiers(Map.of("NHS", TestChecks.nhs("943476591")));

    private long compare(PersonRecord a, PersonRecord b) {
        List<PersonRecord> both = List.of(a, b);
        Schema schema = Schema.of(both, TestChecks.INSTANCE);
        EncodedRecords records = new EncodedRecords(schema, TestChecks.INSTANCE, Nicknames.standard(), 2);
        both.forEach(r -> records.add(r, true));
        return new PairComparator(records).pattern(0, 1);
    }

    private int level(PersonRecord other, int field) {
        return Field.level(compare(ROBERT, other), field);
    }

    private PersonRecord robert(String given, String family, String dob) {
        return new PersonRecord("b", "school", given, family, List.of(), dob, ROBERT.sex(), ROBERT.postcode(),
                ROBERT.address(), ROBERT.identifiers(), Map.of());
    }

    @Test
    void givenNamesExactNicknameSwappedTypoAndDifferent() {
        assertThat(level(robert("robert", "Smith", "2010-04-03"), Field.GIVEN)).isEqualTo(1);
        assertThat(level(robert("Bob", "Smith", "2010-04-03"), Field.GIVEN)).as("nickname").isEqualTo(2);
        assertThat(level(robert("Smith", "Robert", "2010-04-03"), Field.GIVEN)).as("swapped").isEqualTo(3);
        assertThat(level(robert("Smith", "Robert", "2010-04-03"), Field.FAMILY)).as("swapped").isEqualTo(3);
        assertThat(level(robert("Robret", "Smith", "2010-04-03"), Field.GIVEN)).as("transposed").isEqualTo(4);
        assertThat(level(robert("Daniel", "Smith", "2010-04-03"), Field.GIVEN)).as("different").isEqualTo(6);
    }

    @Test
    void aPreviousSurnameOrAliasCountsAsTheSameFamilyName() {
        PersonRecord renamed = robert("Robert", "Jones", "2010-04-03").withOtherNames(List.of("Smith"));
        assertThat(level(renamed, Field.FAMILY)).isEqualTo(2);
        assertThat(level(robert("Robert", "Smith-Jones", "2010-04-03"), Field.FAMILY)).as("double-barrelled")
                .isEqualTo(2);
        assertThat(level(robert("Robert", "Jones", "2010-04-03"), Field.FAMILY)).isEqualTo(6);
    }

    @Test
    void datesOfBirthExactTypoSwapMonthYearAndDifferent() {
        assertThat(level(robert("Robert", "Smith", "20100403"), Field.BIRTH)).isEqualTo(1);
        assertThat(level(robert("Robert", "Smith", "2010-04-08"), Field.BIRTH)).as("one digit").isEqualTo(2);
        assertThat(level(robert("Robert", "Smith", "2010-03-04"), Field.BIRTH)).as("day/month").isEqualTo(2);
        assertThat(level(robert("Robert", "Smith", "2010-04-30"), Field.BIRTH)).as("a digit swap").isEqualTo(2);
        assertThat(level(robert("Robert", "Smith", "2010-04-25"), Field.BIRTH)).as("within a month").isEqualTo(3);
        assertThat(level(robert("Robert", "Smith", "2010-11-20"), Field.BIRTH)).as("within a year").isEqualTo(4);
        assertThat(level(robert("Robert", "Smith", "2007-11-20"), Field.BIRTH)).isEqualTo(5);
        assertThat(level(robert("Robert", "Smith", "not known"), Field.BIRTH)).as("missing").isZero();
    }

    @Test
    void postcodesFullSectorDistrictAndDifferent() {
        assertThat(level(ROBERT.withAddress("e17 4ab", ""), Field.POSTCODE)).isEqualTo(1);
        assertThat(level(ROBERT.withAddress("E17 4QQ", ""), Field.POSTCODE)).isEqualTo(2);
        assertThat(level(ROBERT.withAddress("E17 9AB", ""), Field.POSTCODE)).isEqualTo(3);
        assertThat(level(ROBERT.withAddress("E4 9AB", ""), Field.POSTCODE)).isEqualTo(4);
    }

    @Test
    void identifiersWithCheckDigitsValidMatchAndValidMismatch() {
        int nhs = 6;
        assertThat(level(ROBERT, nhs)).as("same valid").isEqualTo(1);
        PersonRecord otherValid = ROBERT.withIdentifiers(Map.of("NHS", TestChecks.nhs("943476592")));
        assertThat(level(otherValid, nhs)).as("different, both valid").isEqualTo(4);
        PersonRecord typo = ROBERT.withIdentifiers(Map.of("NHS", TestChecks.nhs("943476591").substring(0, 9) + "0"));
        assertThat(level(typo, nhs)).as("one character off, one invalid").isEqualTo(3);
    }
}
