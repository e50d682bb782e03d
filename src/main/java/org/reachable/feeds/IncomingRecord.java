package org.reachable.feeds;

import org.reachable.chronology.NewEvent;

/**
 * One agency record from any feed, before validation: who the person is in that agency's eyes, one thing that
 * happened to them, who recorded it and when (ISO date-time text), and where the record came from. Every format
 * (API JSON, CSV, Common Transfer File, FHIR, CIN census XML) is parsed into this one shape.
 */
public record IncomingRecord(Provenance provenance, IncomingPerson person, NewEvent event, String recordedBy,
                             String recordedAt) {
}
