package org.reachable.panels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.LegalBasis;
import org.reachable.panels.internal.PanelWriter;
import org.springframework.stereotype.Service;

/**
 * Loads panels' history without a signed-in person: the synthetic demo borough and tests use it to lay down panels,
 * meetings, attendance and actions that happened in the past. The same rules apply as for members (actions roll
 * forward, escalations land on the next meeting, access windows follow agendas); the caller trusts its own input and
 * records one system audit row with {@link #recorded}.
 */
@Service
public class PanelHistory {

    private final PanelWriter writer;
    private final Audit audit;

    PanelHistory(PanelWriter writer, Audit audit) {
        this.writer = writer;
        this.audit = audit;
    }

    public UUID createPanel(String name, int tier, String termsOfReference, UUID escalatesTo) {
        return writer.createPanel(name, tier, termsOfReference, escalatesTo);
    }

    public UUID addMember(UUID panelId, UUID organisationId, String role, UUID userId, String name, boolean chair,
                          LocalDate joinedOn) {
        return writer.addMember(panelId, organisationId, role, userId, name, chair, joinedOn);
    }

    public UUID scheduleMeeting(UUID panelId, Instant startsAt, Instant endsAt) {
        return writer.scheduleMeeting(panelId, startsAt, endsAt);
    }

    public UUID addItem(UUID meetingId, Subject subject, int minutes, String reason) {
        return writer.addItem(meetingId, subject.kind(), subject.id(), minutes, reason);
    }

    public void attend(UUID meetingId, UUID organisationId, String role, String name, AttendanceStatus status) {
        writer.attend(meetingId, organisationId, role, name, status.name());
    }

    public void minute(UUID itemId, String minutes, String decision, String outcomeShared, LocalDate sharedOn) {
        writer.recordMinutes(itemId, minutes, decision, outcomeShared, sharedOn);
    }

    public UUID raiseAction(UUID itemId, String description, UUID organisationId, String owner, LocalDate dueOn,
                            Instant at) {
        return writer.raiseAction(itemId, description, organisationId, owner, dueOn, at);
    }

    public void updateAction(UUID actionId, ActionStatus status, String note, String by, UUID meetingId, Instant at) {
        writer.updateAction(actionId, status.name(), note, by, meetingId, at);
    }

    public UUID escalate(UUID itemId, UUID toPanel, String reason, Instant at) {
        return writer.escalate(itemId, toPanel, reason, at);
    }

    /** One audit row for the whole load. */
    public void recorded(String what) {
        audit.bySystem(AuditAction.WRITE, "panels/history", what, LegalBasis.ADMINISTRATION);
    }
}
