package org.reachable.context;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A link as shown to the viewer: both ends (children named only where the viewer may open their record), what it
 * says, whether it is protective, its strength and provenance, and whether it is disputed or expired.
 */
public record LinkRow(UUID linkId, Node from, String relation, String relationCode, Node to, boolean protective,
                      String strength, String status, boolean expired, int hop, LocalDate reviewBy, String source,
                      String statedBy, LocalDate statedOn) {

    public boolean disputed() {
        return "DISPUTED".equals(status);
    }

    public boolean ended() {
        return "ENDED".equals(status);
    }

    /** Plain words for the state of the link: current, disputed, expired (not reviewed in time) or ended. */
    public String state() {
        if (ended()) {
            return "Ended";
        }
        if (expired) {
            return "Expired: not reviewed by " + reviewBy;
        }
        return disputed() ? "Disputed" : "Current";
    }
}
