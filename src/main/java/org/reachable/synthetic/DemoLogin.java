package org.reachable.synthetic;

import java.util.UUID;
import org.reachable.access.Role;

/** A demo sign-in (test data only): one per role, all with the password {@link #PASSWORD}. */
public record DemoLogin(String username, Role role, String displayName, String organisationName, UUID accountId,
                        UUID organisationId, UUID practitionerId) {

    /** Published in the documentation; only ever set on synthetic demo accounts. */
    public static final String PASSWORD = "reachable-demo";
}
