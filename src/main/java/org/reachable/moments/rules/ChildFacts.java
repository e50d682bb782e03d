package org.reachable.moments.rules;

import java.time.LocalDate;
import java.util.UUID;

/**
 * All a rule may know about the child besides their events: date of birth (for age and school year) and current
 * postcode. Sex, ethnicity, religion and disability are deliberately absent, so no rule can use them; a test holds
 * this record to exactly these fields.
 */
public record ChildFacts(UUID personId, LocalDate dateOfBirth, String postcode) {
}
