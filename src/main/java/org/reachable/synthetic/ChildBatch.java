package org.reachable.synthetic;

import java.util.List;
import org.reachable.access.Relationships.Grant;
import org.reachable.chronology.ChronologyEvent;
import org.reachable.identity.ChildRecord;

/**
 * One batch of whole households: the register records, their events, who works with them, open front-door cases,
 * the agencies' own records of them (when asked for) and any showcase or heavy children among them.
 */
public record ChildBatch(int number, List<ChildRecord> children, List<ChronologyEvent> events, List<Grant> grants,
                         List<FrontDoorCase> frontDoorCases, List<AgencyRecord> agencyRecords,
                         List<NotableChild> notable) {
}
