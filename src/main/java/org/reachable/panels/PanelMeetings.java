package org.reachable.panels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.AuditSubject;
import org.reachable.access.LegalBasis;
import org.reachable.agencies.Organisations;
import org.reachable.identity.ChildRegister;
import org.reachable.panels.internal.PanelRepository;
import org.reachable.panels.internal.PanelRows.ItemRow;
import org.reachable.panels.internal.PanelRows.MeetingRow;
import org.reachable.panels.internal.PanelRows.PanelRow;
import org.reachable.panels.internal.PanelWriter;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A panel's meetings, for its members: schedule one, set the agenda, record attendance and the minutes of each item
 * (checked for victim-blaming language). Every read of an agenda naming children is audited, child by child.
 */
@Service
public class PanelMeetings {

    static final int MAX_TEXT = 4_000;
    static final int MAX_SHORT = 200;

    private final PanelRepository repository;
    private final PanelWriter writer;
    private final MeetingAssembler assembler;
    private final MemberCheck members;
    private final ChildRegister register;
    private final Organisations organisations;
    private final Audit audit;
    private final Clock clock;

    PanelMeetings(PanelRepository repository, PanelWriter writer, MeetingAssembler assembler, MemberCheck members,
                  ChildRegister register, Organisations organisations, Audit audit, Clock clock) {
        this.repository = repository;
        this.writer = writer;
        this.assembler = assembler;
        this.members = members;
        this.register = register;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    public Meeting meeting(UUID meetingId) {
        MeetingRow meeting = repository.meeting(meetingId).orElseThrow(() -> new NotFoundException("No such meeting"));
        PanelRow panel = repository.panel(meeting.panelId()).orElseThrow();
        String resource = "panels/meetings/" + meetingId;
        members.requireMember(panel.id(), AuditAction.READ, resource);
        Meeting view = assembler.assemble(meeting, panel);
        audit.allowedAll(AuditAction.READ, view.agenda().stream()
                .filter(i -> i.subject().kind() == SubjectKind.CHILD)
                .map(i -> new AuditSubject(i.subject().id(), resource, "Panel member: " + panel.name()
                        + " agenda")).toList(), LegalBasis.SAFEGUARDING);
        return view;
    }

    /** Schedules a meeting at {@code startsAt} (local London time, yyyy-mm-ddThh:mm) lasting {@code minutes}. */
    @Transactional
    public UUID schedule(UUID panelId, String startsAt, String minutes) {
        repository.panel(panelId).orElseThrow(() -> new NotFoundException("No such panel"));
        members.requireMember(panelId, AuditAction.WRITE, "panels/" + panelId + "/meetings");
        Checks checks = new Checks();
        Instant start = null;
        if (startsAt == null || startsAt.isBlank()) {
            checks.problem("startsAt", startsAt, "Give the date and time the meeting starts, e.g. 2026-11-24T10:00");
        } else {
            try {
                start = LocalDateTime.parse(startsAt.strip()).atZone(MeetingWindow.LONDON).toInstant();
            } catch (DateTimeParseException e) {
                checks.problem("startsAt", startsAt, "Must be a date and time as yyyy-mm-ddThh:mm, e.g. 2026-11-24T10:00");
            }
        }
        Integer length = number(checks, "minutes", minutes, 15, 600);
        checks.throwIfAny();
        audit.allowed(AuditAction.WRITE, null, "panels/" + panelId + "/meetings", "Scheduled a panel meeting",
                LegalBasis.SAFEGUARDING);
        return writer.scheduleMeeting(panelId, start, start.plus(Duration.ofMinutes(length)));
    }

    /** Puts a child or a context on the agenda for a time-boxed discussion. */
    @Transactional
    public UUID addToAgenda(UUID meetingId, String kind, String subjectId, String minutes, String reason) {
        MeetingRow meeting = repository.meeting(meetingId).orElseThrow(() -> new NotFoundException("No such meeting"));
        String resource = "panels/meetings/" + meetingId + "/agenda";
        members.requireMember(meeting.panelId(), AuditAction.WRITE, resource);
        Checks checks = new Checks();
        SubjectKind subjectKind = checks.code("subjectKind", kind, SubjectKind::fromCode, SubjectKind.allowedCodes());
        UUID id = uuid(checks, "subjectId", subjectId);
        if (subjectKind == SubjectKind.CHILD && id != null && register.find(id).isEmpty()) {
            checks.problem("subjectId", subjectId, "No child in the register with this id");
        }
        Integer length = number(checks, "minutes", minutes, 1, 240);
        String why = checks.text("reason", reason, MAX_SHORT, "Say why the panel should discuss this");
        checks.throwIfAny();
        if (subjectKind == SubjectKind.CHILD) {
            audit.allowed(AuditAction.WRITE, id, resource, "Put on the panel agenda: " + why, LegalBasis.SAFEGUARDING);
        } else {
            audit.allowed(AuditAction.WRITE, null, resource, "Put a " + subjectKind.label().toLowerCase()
                    + " on the panel agenda", LegalBasis.SAFEGUARDING);
        }
        return writer.addItem(meetingId, subjectKind, id, length, why);
    }

    @Transactional
    public void recordAttendance(UUID meetingId, String organisationId, String role, String name, String status) {
        MeetingRow meeting = repository.meeting(meetingId).orElseThrow(() -> new NotFoundException("No such meeting"));
        String resource = "panels/meetings/" + meetingId + "/attendance";
        members.requireMember(meeting.panelId(), AuditAction.WRITE, resource);
        Checks checks = new Checks();
        UUID org = Panels.organisation(checks, "organisationId", organisationId, organisations);
        String seat = checks.text("role", role, MAX_SHORT, "Say what role the person had at the meeting");
        String person = checks.text("name", name, MAX_SHORT, "Give the name of the person");
        AttendanceStatus came = checks.code("status", status, AttendanceStatus::fromCode,
                AttendanceStatus.allowedCodes());
        checks.throwIfAny();
        audit.allowed(AuditAction.WRITE, null, resource, "Recorded attendance", LegalBasis.SAFEGUARDING);
        writer.attend(meetingId, org, seat, person, came.name());
    }

    /**
     * Records what was said, what was decided and what the child and family were told. Returns the language module's
     * suggestions on the wording (advisory: what was written is saved as it is).
     */
    @Transactional
    public List<AgendaItem.LanguagePrompt> recordMinutes(UUID itemId, String minutes, String decision,
                                                         String outcomeShared, String outcomeSharedOn) {
        ItemRow item = repository.item(itemId).orElseThrow(() -> new NotFoundException("No such agenda item"));
        MeetingRow meeting = repository.meeting(item.meetingId()).orElseThrow();
        String resource = "panels/meetings/" + meeting.id() + "/items/" + itemId;
        members.requireMember(meeting.panelId(), AuditAction.WRITE, resource);
        Checks checks = new Checks();
        String said = checks.text("minutes", minutes, MAX_TEXT, "Record what the panel discussed");
        String decided = checks.optionalText("decision", decision, MAX_TEXT);
        String told = checks.optionalText("outcomeShared", outcomeShared, MAX_TEXT);
        java.time.LocalDate toldOn = null;
        if (outcomeSharedOn != null && !outcomeSharedOn.isBlank()) {
            toldOn = checks.pastDate("outcomeSharedOn", outcomeSharedOn,
                    java.time.LocalDate.now(clock.withZone(MeetingWindow.LONDON)), "");
        }
        checks.throwIfAny();
        audit.allowed(AuditAction.WRITE, item.subjectKind().equals("CHILD") ? item.subjectId() : null, resource,
                "Minuted a panel discussion", LegalBasis.SAFEGUARDING);
        writer.recordMinutes(itemId, said, decided, told, toldOn);
        return assembler.prompts(said, decided, told);
    }

    static Integer number(Checks checks, String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n < min || n > max) {
                checks.problem(field, value, "Must be a whole number from " + min + " to " + max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            checks.problem(field, value, "Must be a whole number from " + min + " to " + max);
            return null;
        }
    }

    static UUID uuid(Checks checks, String field, String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            checks.problem(field, value, "Must be an id (a UUID)");
            return null;
        }
    }
}
