package org.reachable.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChildRecordTest {

    private static final PersonName CURRENT = name(PersonName.Kind.CURRENT, "Jonathan", "Smith");
    private static final PersonName PREFERRED = name(PersonName.Kind.PREFERRED, "Jay", "Smith");
    private static final PersonName PREVIOUS = name(PersonName.Kind.PREVIOUS, "Jonathan", "Adeyemi");
    private static final PersonName ALIAS = name(PersonName.Kind.ALIAS, "JJ", "Smith");

    @Test
    void isCalledByThePreferredNameWhereverItIsInTheList() {
        assertThat(child(CURRENT, PREFERRED).name()).isEqualTo(PREFERRED);
        assertThat(child(PREFERRED, CURRENT).name()).isEqualTo(PREFERRED);
        assertThat(child(PREVIOUS, ALIAS, CURRENT, PREFERRED).name()).isEqualTo(PREFERRED);
    }

    @Test
    void isCalledByTheCurrentNameWithoutAPreferredOne() {
        assertThat(child(PREVIOUS, ALIAS, CURRENT).name()).isEqualTo(CURRENT);
        assertThat(child(PREVIOUS, ALIAS, CURRENT).name().full()).isEqualTo("Jonathan Smith");
    }

    @Test
    void fallsBackToTheFirstNameKnown() {
        assertThat(child(ALIAS, PREVIOUS).name()).isEqualTo(ALIAS);
    }

    @Test
    void listsEveryOtherNameApartFromTheOneShown() {
        assertThat(child(PREVIOUS, CURRENT, PREFERRED, ALIAS).otherNames()).containsExactly(PREVIOUS, CURRENT, ALIAS);
    }

    @Test
    void findsTheNewestCurrentAddress() {
        Address old = new Address("1 Old Road", "London", "E17 4AB", null, LocalDate.of(2015, 1, 1),
                LocalDate.of(2020, 1, 1));
        Address current = new Address("2 New Road", "London", "N1 9GU", null, LocalDate.of(2020, 1, 1), null);
        Address newer = new Address("3 Newer Road", "London", "N1 9GU", null, LocalDate.of(2023, 6, 1), null);
        ChildRecord record = new ChildRecord(UUID.randomUUID(), LocalDate.of(2010, 5, 17), Sex.F, Ethnicity.BAFR,
                List.of(CURRENT), List.of(), List.of(old, newer, current), List.of());
        assertThat(record.currentAddress()).contains(newer);
    }

    @Test
    void countsAgeInWholeYears() {
        ChildRecord record = child(CURRENT);
        assertThat(record.ageOn(LocalDate.of(2026, 5, 16))).isEqualTo(15);
        assertThat(record.ageOn(LocalDate.of(2026, 5, 17))).isEqualTo(16);
    }

    private static ChildRecord child(PersonName... names) {
        return new ChildRecord(UUID.randomUUID(), LocalDate.of(2010, 5, 17), Sex.M, Ethnicity.NOBT, List.of(names),
                List.of(new Identifier(IdentifierScheme.NHS, "9434765919", null)), List.of(), List.of());
    }

    private static PersonName name(PersonName.Kind kind, String given, String family) {
        return new PersonName(kind, given, family, null, null);
    }
}
