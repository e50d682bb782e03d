package org.reachable.identity;

import java.util.List;
import java.util.Map;

/**
 * A person as another agency's system recorded them, as text, so that a wrong value can be reported back exactly as
 * it was sent. {@code identifiers} maps an {@link IdentifierScheme} name to the agency's value; {@code otherNames}
 * are previous names and aliases written "Given Family".
 */
public record PersonDetails(String givenNames, String familyName, List<String> otherNames, String dateOfBirth,
                            String sex, String ethnicity, String addressLine, String postcode,
                            Map<String, String> identifiers) {

    public PersonDetails {
        otherNames = otherNames == null ? List.of() : otherNames;
        identifiers = identifiers == null ? Map.of() : identifiers;
    }
}
