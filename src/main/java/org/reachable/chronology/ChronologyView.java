package org.reachable.chronology;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.access.RecordAccess;
import org.reachable.identity.ChildRecord;

/** One page of a child's chronology as one person may see it, with key facts and what is new to them. */
public record ChronologyView(ChildRecord child, RecordAccess access, KeyFacts keyFacts, List<ChronologyEntry> entries,
                             long matching, int page, int pages, Instant lastViewed, long newSinceLastViewed,
                             Map<UUID, String> organisationChoices, Map<String, String> typeChoices) {
}
