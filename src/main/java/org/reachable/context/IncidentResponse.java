package org.reachable.context;

import java.time.Instant;
import java.util.UUID;

/**
 * Part of the coordinated, trauma-informed response: support offered to an affected child (setting CHILD, with the
 * child) by whom and whether it was taken up; or what a school or youth centre did (no child named).
 */
public record IncidentResponse(UUID id, UUID incidentId, UUID personId, String setting, String offeredBy,
                               String support, String outcome, String recordedBy, Instant recordedAt) {
}
