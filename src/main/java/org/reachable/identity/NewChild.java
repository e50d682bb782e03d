package org.reachable.identity;

/**
 * A child to register, as typed into a form or sent to the API: every field is text so that a wrong value can be
 * reported back exactly as it was given.
 */
public record NewChild(String givenNames, String familyName, String dateOfBirth, String sex, String ethnicity,
                       String nhsNumber, String upn, String addressLine1, String town, String postcode) {
}
