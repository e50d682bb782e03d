package org.reachable.bench.linkage;

/** What a field holds; each system picks its comparator for a field from its kind (see README). */
enum FieldKind {
    GIVEN_NAME, FAMILY_NAME, DATE_OF_BIRTH, SEX, POSTCODE, ADDRESS, PLACE, HOUSE_NUMBER, REGION, IDENTIFIER, EMAIL
}
