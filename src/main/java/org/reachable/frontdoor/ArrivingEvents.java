package org.reachable.frontdoor;

import org.reachable.chronology.EventsAccepted;
import org.reachable.platform.database.TransactionSettings;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The front door's one listener for events committed to children's chronologies: keeps the daily meeting's incidents
 * and opens the automatic contacts, together in one transaction of its own, after the receiving transaction has
 * committed and off the thread that received them (an agency's request or a batch import does not wait for it).
 * Spring Modulith's publication log keeps the event until this has succeeded and republishes it after a restart; both
 * steps are safe to repeat.
 * <p>
 * One listener rather than one per step: each listener costs a publication row, its completion and a transaction
 * per accepted batch, which the events API pays several times a second.
 */
@Component
class ArrivingEvents {

    private final DailyMeeting dailyMeeting;
    private final AutomaticContacts automaticContacts;
    private final TransactionSettings settings;

    ArrivingEvents(DailyMeeting dailyMeeting, AutomaticContacts automaticContacts, TransactionSettings settings) {
        this.dailyMeeting = dailyMeeting;
        this.automaticContacts = automaticContacts;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(EventsAccepted accepted) {
        settings.redoableWork(); // redelivered if lost; its lookups take arrays
        dailyMeeting.keep(accepted);
        automaticContacts.open(accepted);
    }
}
