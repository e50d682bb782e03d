package org.reachable.chronology;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event as shown to a particular person: restricted entries they may not open keep only their date, type and
 * source, with whom to ask. {@code isNew} marks entries that arrived since this person last looked.
 */
public record ChronologyEntry(UUID id, Instant occurredAt, Instant recordedAt, Instant receivedAt, EventType type,
                              String organisationName, String sector, String recordedBy, String sourceSystem,
                              String sourceRef, Sensitivity sensitivity, boolean withheld, String summary,
                              String childWords, List<Detail> details, boolean isNew) {

    /** A labelled type-specific detail ("Child's role: Victim"). */
    public record Detail(String label, String value) {
    }
}
