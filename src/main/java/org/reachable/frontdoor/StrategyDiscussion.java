package org.reachable.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A strategy discussion: who attended (organisation and role), whether a s47 enquiry starts, and the ICPC deadline. */
public record StrategyDiscussion(UUID id, UUID contactId, LocalDate heldOn, boolean s47, LocalDate icpcDue,
                                 String notes, List<Attendee> attendees, String recordedBy, Instant recordedAt) {

    public record Attendee(String organisation, String role, String name) {
    }
}
