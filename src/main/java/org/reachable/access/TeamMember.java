package org.reachable.access;

import java.time.LocalDate;
import java.util.UUID;

/** Someone in the team around a child (or the lead practitioner), as shown in the key-facts panel. */
public record TeamMember(UUID userId, String name, UUID organisationId, boolean lead, String description,
                         LocalDate since) {
}
