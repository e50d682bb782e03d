package org.reachable.panels.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reachable.access.PanelAccessWindows;
import org.reachable.panels.MeetingWindow;
import org.reachable.panels.SubjectKind;
import org.reachable.panels.internal.PanelRows.EscalationRow;
import org.reachable.panels.internal.PanelRows.ItemRow;
import org.reachable.panels.internal.PanelRows.MeetingRow;
import org.reachable.panels.internal.PanelRows.MemberRow;
import org.reachable.panels.internal.PanelRows.PanelRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every change to panels goes through here, whoever asks (a member at a meeting, or the demo loader), so the rules
 * that keep panels honest always hold: open actions roll forward onto the panel's next meeting, an escalated subject
 * lands on the higher panel's next meeting, and members' access windows follow agendas and membership.
 * Checks of who may do it, input validation and audit are the callers' job.
 */
@Component
public class PanelWriter {

    static final String CARRIED_FORWARD_REASON = "Review of open actions from the last meeting";
    static final int CARRIED_FORWARD_MINUTES = 10;

    private final PanelRepository repository;
    private final PanelAccessWindows windows;
    private final Clock clock;
    private final int daysBefore;

    PanelWriter(PanelRepository repository, PanelAccessWindows windows, Clock clock,
                @Value("${reachable.panels.access-days-before:2}") int daysBefore) {
        this.repository = repository;
        this.windows = windows;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    public int daysBefore() {
        return daysBefore;
    }

    public MeetingWindow window(MeetingRow meeting) {
        return MeetingWindow.of(meeting.startsAt(), meeting.endsAt(), daysBefore);
    }

    public UUID createPanel(String name, int tier, String termsOfReference, UUID escalatesTo) {
        UUID id = UUID.randomUUID();
        repository.insertPanel(new PanelRow(id, name, tier, termsOfReference, escalatesTo));
        return id;
    }

    public UUID addMember(UUID panelId, UUID organisationId, String role, UUID userId, String name, boolean chair,
                          LocalDate joinedOn) {
        UUID id = UUID.randomUUID();
        repository.insertMember(new MemberRow(id, panelId, organisationId, role, userId, name, chair, joinedOn));
        if (userId != null) {
            repository.meetingsEndingAfter(panelId, clock.instant()).forEach(this::syncWindows);
        }
        return id;
    }

    /** Schedules a meeting and brings forward every subject with actions still open from earlier meetings. */
    public UUID scheduleMeeting(UUID panelId, Instant startsAt, Instant endsAt) {
        UUID id = UUID.randomUUID();
        MeetingRow meeting = new MeetingRow(id, panelId, startsAt, endsAt);
        repository.insertMeeting(meeting);
        for (ItemRow open : repository.subjectsWithOpenActions(panelId, startsAt)) {
            addItem(meeting, open.subjectKind(), open.subjectId(), CARRIED_FORWARD_MINUTES, CARRIED_FORWARD_REASON,
                    true);
        }
        syncWindows(meeting);
        return id;
    }

    /** Puts a subject on the agenda (or returns the item already there). */
    public UUID addItem(UUID meetingId, SubjectKind kind, UUID subjectId, int minutes, String reason) {
        MeetingRow meeting = repository.meeting(meetingId).orElseThrow();
        UUID id = addItem(meeting, kind.name(), subjectId, minutes, reason, false);
        syncWindows(meeting);
        return id;
    }

    private UUID addItem(MeetingRow meeting, String kind, UUID subjectId, int minutes, String reason,
                         boolean carriedForward) {
        Optional<ItemRow> existing = repository.itemFor(meeting.id(), kind, subjectId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        UUID id = UUID.randomUUID();
        repository.insertItem(new ItemRow(id, meeting.id(), 0, kind, subjectId, minutes, reason, carriedForward,
                null, null, null, null));
        repository.markDiscussed(meeting.panelId(), kind, subjectId, meeting.id(), meeting.startsAt());
        return id;
    }

    public void attend(UUID meetingId, UUID organisationId, String role, String name, String status) {
        repository.insertAttendance(new PanelRows.AttendanceRow(UUID.randomUUID(), meetingId, organisationId, role,
                name, status));
    }

    public void recordMinutes(UUID itemId, String minutes, String decision, String outcomeShared,
                              LocalDate outcomeSharedOn) {
        repository.recordMinutes(itemId, minutes, decision, outcomeShared, outcomeSharedOn);
    }

    /** Records the action and makes sure its subject is on the panel's next meeting, where it will be reviewed. */
    public UUID raiseAction(UUID itemId, String description, UUID organisationId, String owner, LocalDate dueOn,
                            Instant at) {
        UUID id = UUID.randomUUID();
        repository.insertAction(id, itemId, description, organisationId, owner, dueOn, at);
        ItemRow item = repository.item(itemId).orElseThrow();
        MeetingRow raisedAt = repository.meeting(item.meetingId()).orElseThrow();
        repository.nextMeeting(raisedAt.panelId(), raisedAt.startsAt()).ifPresent(next -> {
            addItem(next, item.subjectKind(), item.subjectId(), CARRIED_FORWARD_MINUTES, CARRIED_FORWARD_REASON,
                    true);
            syncWindows(next);
        });
        return id;
    }

    public void updateAction(UUID actionId, String status, String note, String by, UUID meetingId, Instant at) {
        boolean closes = status.equals("DONE") || status.equals("NOT_NEEDED");
        repository.updateAction(actionId, status, closes ? at : null);
        repository.insertUpdate(new PanelRows.UpdateRow(UUID.randomUUID(), actionId, meetingId, status, note, by,
                at));
    }

    /** Escalates the item's subject to {@code toPanel}; it goes onto that panel's next meeting if one is set. */
    public UUID escalate(UUID itemId, UUID toPanel, String reason, Instant at) {
        ItemRow item = repository.item(itemId).orElseThrow();
        UUID id = UUID.randomUUID();
        repository.insertEscalation(new EscalationRow(id, itemId, toPanel, item.subjectKind(), item.subjectId(),
                reason, at, null));
        repository.nextMeeting(toPanel, at).ifPresent(next -> {
            addItem(next, item.subjectKind(), item.subjectId(), 15, "Escalated: " + reason, false);
            syncWindows(next);
        });
        return id;
    }

    /** Gives every member who signs in access to every child on this meeting's agenda, for the meeting window only. */
    public void syncWindows(MeetingRow meeting) {
        PanelRow panel = repository.panel(meeting.panelId()).orElseThrow();
        MeetingWindow window = window(meeting);
        String reason = "Panel member: " + panel.name() + " meeting on "
                + LocalDate.ofInstant(meeting.startsAt(), java.time.ZoneId.of("Europe/London"));
        List<PanelAccessWindows.Window> grants = new ArrayList<>();
        List<MemberRow> members = repository.members(panel.id()).stream().filter(m -> m.userId() != null).toList();
        for (ItemRow item : repository.items(meeting.id())) {
            if (item.subjectKind().equals(SubjectKind.CHILD.name())) {
                members.forEach(m -> grants.add(new PanelAccessWindows.Window(item.subjectId(), m.userId(), reason,
                        window.opensAt(), window.closesAt())));
            }
        }
        windows.replace("panels/meeting/" + meeting.id(), grants);
    }
}
