package org.reachable.moments.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.reachable.chronology.EventsAccepted;
import org.reachable.platform.database.TransactionSettings;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Judges the rules the moment events are committed, not in a nightly batch. Runs after the events' transaction
 * commits, on its own transaction; Spring Modulith's publication log redelivers if this fails or the server stops.
 */
@Component
class OnEventsAccepted {

    private final Evaluator evaluator;
    private final TransactionSettings settings;

    OnEventsAccepted(Evaluator evaluator, TransactionSettings settings) {
        this.evaluator = evaluator;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(EventsAccepted accepted) {
        settings.redoableWork(); // redelivered if lost; its lookups take the batch's children as an array
        Map<UUID, Set<UUID>> byPerson = new LinkedHashMap<>();
        accepted.events().forEach(e -> byPerson.computeIfAbsent(e.personId(), p -> new HashSet<>()).add(e.eventId()));
        evaluator.onArrival(byPerson);
    }
}
