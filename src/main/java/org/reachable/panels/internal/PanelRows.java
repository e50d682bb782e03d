package org.reachable.panels.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The panels module's rows, as the repository reads and writes them. */
public final class PanelRows {

    private PanelRows() {
    }

    public record PanelRow(UUID id, String name, int tier, String termsOfReference, UUID escalatesTo) {
    }

    public record MemberRow(UUID id, UUID panelId, UUID organisationId, String role, UUID userId, String name,
                            boolean chair, LocalDate joinedOn) {
    }

    public record MeetingRow(UUID id, UUID panelId, Instant startsAt, Instant endsAt) {
    }

    public record ItemRow(UUID id, UUID meetingId, int position, String subjectKind, UUID subjectId,
                          int minutesAllotted, String reason, boolean carriedForward, String minutes, String decision,
                          String outcomeShared, LocalDate outcomeSharedOn) {
    }

    public record AttendanceRow(UUID id, UUID meetingId, UUID organisationId, String role, String name,
                                String status) {
    }

    /** An action with where it was raised: the item, its meeting (and start), the panel and the subject. */
    public record ActionRow(UUID id, UUID itemId, UUID meetingId, Instant meetingStart, UUID panelId,
                            String subjectKind, UUID subjectId, String description, UUID owningOrganisationId,
                            String ownerName, LocalDate dueOn, String status, Instant createdAt, Instant completedAt) {
    }

    public record UpdateRow(UUID id, UUID actionId, UUID meetingId, String status, String note, String byName,
                            Instant at) {
    }

    public record EscalationRow(UUID id, UUID fromItemId, UUID toPanelId, String subjectKind, UUID subjectId,
                                String reason, Instant escalatedAt, UUID discussedMeetingId) {
    }
}
