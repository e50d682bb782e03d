package org.reachable.identity;

import java.time.LocalDate;

/** Where the person lived from {@code validFrom} until {@code validTo} (null: still lives there). */
public record Address(String line1, String town, String postcode, String lsoaCode, LocalDate validFrom,
                      LocalDate validTo) {

    public boolean isCurrent() {
        return validTo == null;
    }

    /** "E17 4" from "E17 4AB": enough to tell children apart in a list without showing a full address. */
    public String postcodeSector() {
        return Postcodes.normalise(postcode).map(p -> p.substring(0, p.indexOf(' ') + 2))
                .orElse(postcode.strip().toUpperCase());
    }
}
