package org.reachable.identity;

import java.time.LocalDate;
import java.util.UUID;

/** Enough to recognise a child in a list of search results, without their record. */
public record ChildSummary(UUID id, String name, LocalDate dateOfBirth, String postcodeSector, String matchedOn) {
}
