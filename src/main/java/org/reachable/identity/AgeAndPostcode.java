package org.reachable.identity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The only facts about a child that automated rules (reachable moments) may use besides events: date of birth and
 * current postcode. Never sex, ethnicity, religion or disability.
 */
public record AgeAndPostcode(UUID personId, LocalDate dateOfBirth, String postcode) {
}
