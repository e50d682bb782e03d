package org.reachable.context.internal;

import org.reachable.chronology.EventType;
import org.reachable.chronology.EventsAccepted;
import org.reachable.context.CriticalIncidents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens a critical incident the moment a child's serious harm is committed to the chronology. Runs after commit on
 * its own transaction; Spring Modulith's publication log redelivers it if it fails, and the incident is keyed by the
 * event, so a redelivery opens nothing twice.
 */
@Component
class OnSeriousHarm {

    private final CriticalIncidents incidents;

    OnSeriousHarm(CriticalIncidents incidents) {
        this.incidents = incidents;
    }

    /** Only batches with a seriously-harmed event are handed over (and kept in the publication log) at all. */
    @ApplicationModuleListener(condition = "#accepted.includes('community.seriously-harmed')")
    void on(EventsAccepted accepted) {
        accepted.events().stream()
                .filter(e -> e.personId() != null && EventType.SERIOUSLY_HARMED.code().equals(e.type()))
                .forEach(incidents::open);
    }
}
