package org.reachable.identity;

import java.time.LocalDate;

/** A name a person is or was known by. Previous surnames and aliases matter for finding the same child again. */
public record PersonName(Kind kind, String givenNames, String familyName, LocalDate validFrom, LocalDate validTo) {

    public enum Kind { CURRENT, PREFERRED, PREVIOUS, ALIAS }

    public String full() {
        return givenNames + " " + familyName;
    }
}
