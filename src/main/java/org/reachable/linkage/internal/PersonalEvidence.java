package org.reachable.linkage.internal;

import java.util.List;

/**
 * The evidence an automatic link needs besides a high probability when the two records could be siblings. Siblings
 * share a surname, a postcode and an address, and twins a date of birth too: those agreements are not independent,
 * so Fellegi-Sunter counts the household several times and can make two children look certain. So when two records
 * agree on the surname and on the postcode or address, they may link automatically only if they also agree on
 * something personal: an identifier (the same, or one typing error apart under a check digit), or the given name
 * (same, nickname, swapped or one typing error) with a date of birth that does not disagree, or the date of birth
 * (same or one typing error) where the given name is missing. Anything else goes to review at most: wrong merges
 * are the most dangerous error.
 */
public final class PersonalEvidence {

    private final int[] identifierFields;
    private final boolean[] checked;

    public PersonalEvidence(List<Field> fields, Schema schema) {
        this.identifierFields = java.util.stream.IntStream.range(0, fields.size())
                .filter(f -> fields.get(f).kind() == FieldKind.IDENTIFIER).toArray();
        this.checked = new boolean[fields.size()];
        for (int f : identifierFields) {
            checked[f] = schema.checked()[fields.get(f).slot()];
        }
    }

    /**
     * Whether the pattern holds personal evidence. One character apart counts only for identifiers with a check
     * digit (a typing error); references given out in sequence ("WF0105735", "WF0105736") are one apart by design.
     */
    public boolean present(long pattern) {
        for (int f : identifierFields) {
            int level = Field.level(pattern, f);
            if (level == 1 || level == 2 || level == 3 && checked[f]) {
                return true;
            }
        }
        if (!sameHousehold(pattern)) {
            return true;
        }
        int given = Field.level(pattern, Field.GIVEN);
        int birth = Field.level(pattern, Field.BIRTH);
        boolean givenAgrees = given >= 1 && given <= 4;
        boolean birthAgrees = birth == 1 || birth == 2;
        return givenAgrees && (birth == 0 || birthAgrees) || given == 0 && birthAgrees;
    }

    private static boolean sameHousehold(long pattern) {
        int family = Field.level(pattern, Field.FAMILY);
        return family >= 1 && family <= 2 && (Field.level(pattern, Field.POSTCODE) == 1
                || Field.level(pattern, Field.ADDRESS) == 1);
    }
}
