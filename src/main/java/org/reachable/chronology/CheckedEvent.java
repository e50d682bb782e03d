package org.reachable.chronology;

import java.time.Instant;
import java.util.Map;

/** An event from a feed that has passed every rule of the taxonomy, ready to be received into a chronology. */
public record CheckedEvent(EventType type, Instant occurredAt, Instant recordedAt, String summary, String childWords,
                           Sensitivity sensitivity, Map<String, String> details) {
}
