package org.reachable.chronology;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One thing an agency recorded about a child. {@code occurredAt} is when it happened, {@code recordedAt} when the
 * agency recorded it, {@code receivedAt} when it reached Reachable; {@code sourceSystem} and {@code sourceRef} say
 * where it came from and make re-delivery harmless.
 */
public record ChronologyEvent(UUID id, UUID personId, EventType type, int typeVersion, UUID organisationId,
                              String recordedBy, UUID recorderUserId, Instant occurredAt, Instant recordedAt,
                              Instant receivedAt, String sourceSystem, String sourceRef, Sensitivity sensitivity,
                              String summary, String childWords, Map<String, String> details) {

    public ChronologyEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
