package org.reachable.agencies;

import java.util.UUID;

/** Someone who works with children in one of the partnership's organisations. */
public record Practitioner(UUID id, UUID organisationId, String givenName, String familyName, String jobTitle,
                           String team, String email) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
