package org.reachable.insight.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.reachable.insight.IncidentSource;

/**
 * One incident as stored: no people, only what, when, where (and the age in years where the source gives one).
 * Day and time are Europe/London local; occurredOn is null where the source has no days (police.uk street crime),
 * occurredAt null where it has no time of day.
 */
public record IncidentRow(IncidentSource source, LocalDate month, LocalDate occurredOn, LocalDateTime occurredAt, String category,
                          String detail, String boroughCode, String lsoaCode, Double latitude, Double longitude,
                          Long h3Cell, Integer age) {
}
