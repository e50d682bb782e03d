package org.reachable.chronology;

import java.util.List;
import java.util.UUID;

/**
 * Things other modules need a practitioner to see at the top of a child's chronology, such as open reachable-moment
 * alerts. The chronology cannot depend on those modules (they depend on it), so they implement this instead; each
 * returns only what the signed-in user may see.
 */
public interface ChronologyNotices {

    List<Notice> forChild(UUID personId);

    /** A short heading, one line of detail, and where to go for the rest. */
    record Notice(String heading, String detail, String link, String linkText) {
    }
}
