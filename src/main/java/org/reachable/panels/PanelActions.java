package org.reachable.panels;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.CurrentUser;
import org.reachable.access.LegalBasis;
import org.reachable.agencies.Organisations;
import org.reachable.panels.internal.PanelRepository;
import org.reachable.panels.internal.PanelRows.ActionRow;
import org.reachable.panels.internal.PanelRows.ItemRow;
import org.reachable.panels.internal.PanelRows.MeetingRow;
import org.reachable.panels.internal.PanelRows.PanelRow;
import org.reachable.panels.internal.PanelWriter;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owned actions: each has an owning agency, a named owner, a due date and a status. An open action rolls forward to
 * the panel's next meeting and is reviewed there until it is done. Subjects can be escalated to the next tier.
 */
@Service
public class PanelActions {

    static final int MAX_TEXT = 2_000;

    private final PanelRepository repository;
    private final PanelWriter writer;
    private final MemberCheck members;
    private final Organisations organisations;
    private final Audit audit;
    private final Clock clock;

    PanelActions(PanelRepository repository, PanelWriter writer, MemberCheck members, Organisations organisations,
                 Audit audit, Clock clock) {
        this.repository = repository;
        this.writer = writer;
        this.members = members;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID raise(UUID itemId, String description, String organisationId, String owner, String dueOn) {
        ItemRow item = repository.item(itemId).orElseThrow(() -> new NotFoundException("No such agenda item"));
        MeetingRow meeting = repository.meeting(item.meetingId()).orElseThrow();
        String resource = "panels/meetings/" + meeting.id() + "/items/" + itemId + "/actions";
        members.requireMember(meeting.panelId(), AuditAction.WRITE, resource);
        Checks checks = new Checks();
        String what = checks.text("description", description, MAX_TEXT, "Say what will be done");
        UUID org = Panels.organisation(checks, "organisationId", organisationId, organisations);
        String who = checks.text("owner", owner, 200, "Name the person who owns the action");
        LocalDate due = date(checks, "dueOn", dueOn);
        checks.throwIfAny();
        audit.allowed(AuditAction.WRITE, childOf(item), resource, "Panel action for " + who, LegalBasis.SAFEGUARDING);
        return writer.raiseAction(itemId, what, org, who, due, clock.instant());
    }

    /** A new status and a note; {@code meetingId} when the update was made reviewing the action at a meeting. */
    @Transactional
    public void update(UUID actionId, String status, String note, String meetingId) {
        ActionRow action = repository.action(actionId).orElseThrow(() -> new NotFoundException("No such action"));
        String resource = "panels/actions/" + actionId;
        CurrentUser user = members.requireMember(action.panelId(), AuditAction.WRITE, resource);
        Checks checks = new Checks();
        ActionStatus next = checks.code("status", status, ActionStatus::fromCode, ActionStatus.allowedCodes());
        String text = checks.text("note", note, MAX_TEXT, "Say what has happened");
        UUID at = null;
        if (meetingId != null && !meetingId.isBlank()) {
            at = PanelMeetings.uuid(checks, "meetingId", meetingId);
            if (at != null && repository.meeting(at).filter(m -> m.panelId().equals(action.panelId())).isEmpty()) {
                checks.problem("meetingId", meetingId, "Must be a meeting of the panel that raised the action");
            }
        }
        checks.throwIfAny();
        audit.allowed(AuditAction.WRITE, action.subjectKind().equals("CHILD") ? action.subjectId() : null, resource,
                "Panel action update: " + next.label(), LegalBasis.SAFEGUARDING);
        writer.updateAction(actionId, next.name(), text, user.displayName(), at, clock.instant());
    }

    /** Escalates the item's subject to the panel this one escalates to. */
    @Transactional
    public UUID escalate(UUID itemId, String toPanelId, String reason) {
        ItemRow item = repository.item(itemId).orElseThrow(() -> new NotFoundException("No such agenda item"));
        MeetingRow meeting = repository.meeting(item.meetingId()).orElseThrow();
        PanelRow panel = repository.panel(meeting.panelId()).orElseThrow();
        String resource = "panels/meetings/" + meeting.id() + "/items/" + itemId + "/escalations";
        members.requireMember(panel.id(), AuditAction.WRITE, resource);
        Checks checks = new Checks();
        UUID to = PanelMeetings.uuid(checks, "toPanelId", toPanelId);
        if (to != null && !to.equals(panel.escalatesTo())) {
            checks.problem("toPanelId", toPanelId, panel.escalatesTo() == null
                    ? "This panel is the highest tier and escalates nowhere"
                    : "Must be the panel this one escalates to (" + panel.escalatesTo() + ")");
        }
        String why = checks.text("reason", reason, MAX_TEXT, "Say why the next tier needs to discuss this");
        checks.throwIfAny();
        audit.allowed(AuditAction.WRITE, childOf(item), resource, "Escalated from " + panel.name() + ": " + why,
                LegalBasis.SAFEGUARDING);
        return writer.escalate(itemId, to, why, clock.instant());
    }

    private static UUID childOf(ItemRow item) {
        return item.subjectKind().equals(SubjectKind.CHILD.name()) ? item.subjectId() : null;
    }

    static LocalDate date(Checks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            checks.problem(field, value, "Give the date the action is due, as yyyy-mm-dd");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            checks.problem(field, value, "Must be a real date in the form yyyy-mm-dd");
            return null;
        }
    }

}
