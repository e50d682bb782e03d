package org.reachable.chronology;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published when events are committed to children's chronologies (a practitioner's entry, the events API, a batch
 * file), so that downstream modules (reachable moments, the front door) can react as the information arrives rather
 * than in a nightly batch. Delivered after commit through Spring Modulith's publication log, so a listener that fails
 * or a restart does not lose it. Bulk loads of historic data (the synthetic borough) do not publish.
 */
public record EventsAccepted(List<Accepted> events) {

    public EventsAccepted {
        events = List.copyOf(events);
    }

    /** One accepted event: enough for a listener to decide whether it cares, then load what it needs. */
    public record Accepted(UUID eventId, UUID personId, String type, Instant occurredAt) {
    }
}
