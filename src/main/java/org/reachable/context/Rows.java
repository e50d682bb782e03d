package org.reachable.context;

import java.time.LocalDate;

/** Turns a stored link and its two visible ends into a row for a page or the API. */
final class Rows {

    private Rows() {
    }

    static LinkRow of(Link l, Node from, Node to, int hop, LocalDate today) {
        return new LinkRow(l.id(), from, l.relation().words(), l.relation().name(), to, l.protective(),
                l.strength().label(), l.status(), l.expired(today), hop, l.reviewBy(), l.source(), l.statedBy(),
                l.statedOn());
    }
}
