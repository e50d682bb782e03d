package org.reachable.chronology;

/**
 * Information a contributor shares about a child they may not be able to look up: who the child is (as the
 * contributor knows them) and what happened.
 */
public record NewSubmission(String givenNames, String familyName, String dateOfBirth, String nhsNumber, String upn,
                            NewEvent event) {
}
