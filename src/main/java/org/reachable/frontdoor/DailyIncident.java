package org.reachable.frontdoor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident involving a child for the daily meeting, with the actions agreed against it. A restricted entry (police
 * intelligence) shows that it exists and whom to ask, not its content.
 */
public record DailyIncident(UUID eventId, UUID personId, String childName, String type, String typeLabel,
                            Instant occurredAt, Instant receivedAt, String agency, boolean restricted, String summary,
                            List<Action> actions) {

    public record Action(UUID id, String action, String owner, String recordedBy, Instant recordedAt) {
    }
}
