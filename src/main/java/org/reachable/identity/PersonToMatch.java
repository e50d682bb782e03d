package org.reachable.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person whose details have passed every rule, ready to be matched. {@code proposedId} is the id they get if they
 * are registered, so that a later record in the same batch can be matched to them before they are written.
 */
public record PersonToMatch(UUID proposedId, PersonName name, List<PersonName> otherNames, LocalDate dateOfBirth,
                            Sex sex, Ethnicity ethnicity, Address address, List<Identifier> identifiers) {

    public PersonToMatch {
        otherNames = List.copyOf(otherNames);
        identifiers = List.copyOf(identifiers);
    }

    /** Every name the person is known by, current first. */
    public List<PersonName> allNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), otherNames.stream()).toList();
    }
}
