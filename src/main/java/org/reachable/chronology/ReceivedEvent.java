package org.reachable.chronology;

import java.time.Instant;
import java.util.UUID;

/**
 * An event from an agency's system, for a child already identified, with its provenance: the organisation and the
 * person or system that recorded it, the source system and reference, and for batch files the file and line.
 */
public record ReceivedEvent(UUID id, UUID personId, CheckedEvent event, UUID organisationId, String recordedBy,
                            Instant receivedAt, String sourceSystem, String sourceRef, String sourceFile,
                            Long sourceLine) {
}
