package org.reachable.identity;

import java.time.LocalDate;

/**
 * What a practitioner searches by: a name (fuzzy, includes previous names and aliases), a date of birth and/or an
 * identifier (NHS number, UPN or an agency reference). At least one must be given.
 */
public record ChildSearch(String name, LocalDate dateOfBirth, String identifier) {
}
