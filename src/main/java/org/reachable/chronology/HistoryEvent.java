package org.reachable.chronology;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What automated rules need of one event: its type, when it happened, who recorded it and its typed details. No
 * summary or child's words: rules reason over what happened, not over free text.
 */
public record HistoryEvent(UUID id, UUID personId, EventType type, UUID organisationId, String recordedBy,
                           Instant occurredAt, Map<String, String> details) {

    public HistoryEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
