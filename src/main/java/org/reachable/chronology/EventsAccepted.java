package org.reachable.chronology;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events from agencies' systems were received into children's chronologies (published in the receiving transaction,
 * so listeners that run after commit see only what was really stored). Carries just enough for downstream modules to
 * react (the front door opens automatic contacts) without reading the chronology's tables.
 */
public record EventsAccepted(List<Accepted> events) {

    /** One accepted event: whose, what type (its stable code), when, from which organisation, with its details. */
    public record Accepted(UUID eventId, UUID personId, String type, Instant occurredAt, Instant receivedAt,
                           UUID organisationId, String sensitivity, String summary, Map<String, String> details) {

        public java.util.Optional<EventType> eventType() {
            return EventType.fromCode(type);
        }

        static Accepted of(ChronologyEvent e) {
            return new Accepted(e.id(), e.personId(), e.type().code(), e.occurredAt(), e.receivedAt(),
                    e.organisationId(), e.sensitivity().name(), e.summary(), e.details());
        }
    }

    static EventsAccepted of(ChronologyEvent event) {
        return new EventsAccepted(List.of(Accepted.of(event)));
    }
}
