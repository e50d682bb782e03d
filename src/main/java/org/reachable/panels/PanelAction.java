package org.reachable.panels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An action a panel agreed: what, owned by which agency and named person, by when, where it stands, and updates. */
public record PanelAction(UUID id, UUID itemId, UUID raisedAtMeeting, Instant raisedAtMeetingStart, Subject subject,
                          String description, UUID owningOrganisationId, String owningAgency, String owner,
                          LocalDate dueOn, ActionStatus status, boolean overdue, Instant completedAt,
                          List<Update> updates) {

    /** A change of status or a note, made at a meeting ({@code meetingId}) or between meetings. */
    public record Update(ActionStatus status, String note, String by, Instant at, UUID meetingId) {
    }
}
