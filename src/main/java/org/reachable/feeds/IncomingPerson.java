package org.reachable.feeds;

import java.util.List;
import java.util.Map;

/**
 * A person as one agency recorded them, exactly as given (text), so that a wrong value can be reported back as it was
 * sent. {@code identifiers} maps an {@link org.reachable.identity.IdentifierScheme} name (NHS, UPN, POLICE, CSC, YJS)
 * to the agency's value; {@code otherNames} holds previous names and aliases ("Given Family").
 */
public record IncomingPerson(String givenNames, String familyName, List<String> otherNames, String dateOfBirth,
                             String sex, String ethnicity, String addressLine, String postcode,
                             Map<String, String> identifiers) {

    public IncomingPerson {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        identifiers = identifiers == null ? Map.of() : Map.copyOf(identifiers);
    }
}
