package org.reachable.panels;

import java.util.List;
import java.util.UUID;

/** A panel: its tier (1 = first response), terms of reference, where it escalates to, and its members. */
public record Panel(UUID id, String name, int tier, String termsOfReference, UUID escalatesTo,
                    String escalatesToName, List<Member> members) {

    /** A seat on the panel held by an organisation, in a role; {@code userId} when the person signs in. */
    public record Member(UUID id, UUID organisationId, String agency, String role, String name, UUID userId,
                         boolean chair) {
    }
}
