package org.reachable.synthetic;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One agency's own record of a child, as its system holds it: possibly with a nickname, a typo, an old surname or
 * address, a day and month swapped, or an identifier missing. Empty strings are missing values. {@code personId}
 * is the ground truth (the register's id) and is never part of the agency's file.
 */
public record AgencyRecord(Agency agency, String recordId, String organisationCode, String givenNames,
                           String familyName, LocalDate dateOfBirth, String sex, String postcode, String addressLine1,
                           String nhsNumber, String upn, String policeRef, String cscRef, String yjsRef,
                           UUID personId) {
}
