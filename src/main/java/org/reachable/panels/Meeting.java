package org.reachable.panels;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One meeting as its members see it: the agenda (each item with its minutes, decision, outcome shared with the child
 * and family, the actions raised, and earlier actions brought forward for review), attendance, and when members may
 * open the agenda children's records.
 */
public record Meeting(UUID id, UUID panelId, String panelName, int tier, Instant startsAt, Instant endsAt,
                      Instant accessOpensAt, Instant accessClosesAt, List<AgendaItem> agenda,
                      List<Attendance> attendance, List<Escalation> escalationTargets) {

    /** A panel this meeting's subjects can be escalated to (the next tier up). */
    public record Escalation(UUID panelId, String panelName) {
    }

    /** A line of attendance: which organisation, in what role, who, and whether they came. */
    public record Attendance(UUID organisationId, String agency, String role, String name, AttendanceStatus status) {
    }
}
