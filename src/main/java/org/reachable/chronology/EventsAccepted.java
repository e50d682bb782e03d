package org.reachable.chronology;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Published when events are committed to children's chronologies (a practitioner's entry, the events API, a batch
 * file, a linked submission), in the receiving transaction, so that downstream modules react as the information
 * arrives rather than in a nightly batch: the front door opens automatic contacts, reachable moments judges its
 * rules. Listeners run after commit through Spring Modulith's publication log, so they see only what was really
 * stored, and a listener that fails or a restart does not lose it. Bulk loads of historic data (the synthetic
 * borough) do not publish.
 */
public record EventsAccepted(List<Accepted> events) {

    public EventsAccepted {
        events = List.copyOf(events);
    }

    /**
     * Whether any of the events is of this type. Listeners interested in one rare type say so in their condition, so
     * that no publication is stored for them for the batches without it.
     */
    public boolean includes(String typeCode) {
        return events.stream().anyMatch(e -> typeCode.equals(e.type()));
    }

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
