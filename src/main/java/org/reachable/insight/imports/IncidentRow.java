package org.reachable.insight.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.reachable.insight.IncidentSource;

/** One incident as stored: no people, only what, when, where. Times are Europe/London local, or null. */
public record IncidentRow(IncidentSource source, LocalDate month, LocalDateTime occurredAt, String category,
                          String detail, String boroughCode, String lsoaCode, Double latitude, Double longitude,
                          Long h3Cell) {
}
