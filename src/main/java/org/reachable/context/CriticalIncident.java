package org.reachable.context;

import java.time.Instant;
import java.util.UUID;

/** A child seriously harmed or killed, and the response Reachable opened for the children around them. */
public record CriticalIncident(UUID id, String reference, UUID personId, UUID eventId, String harm,
                               Instant occurredAt, Instant openedAt, String status, int affectedChildren) {

    public String harmWords() {
        return "KILLED".equals(harm) ? "killed" : "seriously injured";
    }
}
