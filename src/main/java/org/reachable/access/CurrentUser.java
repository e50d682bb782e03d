package org.reachable.access;

import java.util.UUID;

/** The signed-in person. */
public record CurrentUser(UUID id, String username, String displayName, Role role, UUID organisationId,
                          UUID practitionerId) {

    public boolean can(Capability capability) {
        return role.can(capability);
    }
}
