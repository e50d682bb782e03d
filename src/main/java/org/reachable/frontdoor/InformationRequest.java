package org.reachable.frontdoor;

import java.time.Instant;
import java.util.UUID;

/** A question the MASH put to a partner agency about a contact, due by a set time, and the answer. */
public record InformationRequest(UUID id, UUID contactId, UUID organisationId, String organisationName,
                                 String question, String requestedBy, Instant requestedAt, Instant dueAt, String answer,
                                 String answeredBy, Instant answeredAt) {

    public boolean overdue(Instant now) {
        return answeredAt == null ? now.isAfter(dueAt) : answeredAt.isAfter(dueAt);
    }
}
