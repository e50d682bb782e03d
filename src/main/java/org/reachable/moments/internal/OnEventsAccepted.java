package org.reachable.moments.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.reachable.chronology.EventsAccepted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Judges the rules the moment events are committed, not in a nightly batch. Runs after the events' transaction
 * commits, on its own transaction; Spring Modulith's publication log redelivers if this fails or the server stops.
 */
@Component
class OnEventsAccepted {

    private final Evaluator evaluator;

    OnEventsAccepted(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    @ApplicationModuleListener
    void on(EventsAccepted accepted) {
        Map<UUID, Set<UUID>> byPerson = new LinkedHashMap<>();
        accepted.events().forEach(e -> byPerson.computeIfAbsent(e.personId(), p -> new HashSet<>()).add(e.eventId()));
        evaluator.onArrival(byPerson);
    }
}
