package org.reachable.bench.linkage;

/**
 * What a field holds; each system picks its comparator for a field from its kind (see README).
 * {@code IDENTIFIER} is a structured reference with a check digit or fixed format (NHS number, UPN, police,
 * social care and youth justice references), compared exactly; {@code NUMBER} is a free number that may carry
 * typing errors (FEBRL's social security id).
 */
enum FieldKind {
    GIVEN_NAME, FAMILY_NAME, DATE_OF_BIRTH, SEX, POSTCODE, ADDRESS, PLACE, HOUSE_NUMBER, REGION, IDENTIFIER, NUMBER,
    EMAIL
}
