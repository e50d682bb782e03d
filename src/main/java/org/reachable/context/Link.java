package org.reachable.context;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A link between two nodes (a child or a context), with its provenance (who said it, when, from what source), its
 * strength and the date it must be reviewed by. Past that date it is expired: shown on the context page as expired,
 * left out of networks and critical-incident responses. A challenged link is DISPUTED until resolved.
 */
public record Link(UUID id, UUID fromId, boolean fromChild, UUID toId, boolean toChild, UUID contextId,
                   Relation relation, boolean protective, Strength strength, String source, String statedBy,
                   LocalDate statedOn, LocalDate reviewBy, String status, Instant recordedAt, Instant reviewedAt) {

    public boolean expired(LocalDate today) {
        return reviewBy.isBefore(today);
    }

    public boolean disputed() {
        return "DISPUTED".equals(status);
    }

    public boolean ended() {
        return "ENDED".equals(status);
    }
}
