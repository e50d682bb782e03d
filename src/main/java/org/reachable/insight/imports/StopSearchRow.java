package org.reachable.insight.imports;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One stop and search as police.uk publishes it, with the Census 2021 group of the self-defined ethnicity. */
public record StopSearchRow(LocalDate month, OffsetDateTime occurredAt, String type, Double latitude,
                            Double longitude, String sex, String ageRange, String selfDefined, String selfGroup,
                            String officerDefined, String legislation, String objectOfSearch, String outcome,
                            boolean found) {
}
