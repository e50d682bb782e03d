package org.reachable.panels;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A panel and its meetings by date (no subjects named); {@code member} when the signed-in user sits on it. */
public record PanelDetail(Panel panel, List<MeetingDate> meetings, boolean member) {

    public record MeetingDate(UUID id, Instant startsAt, Instant endsAt, int items) {
    }
}
