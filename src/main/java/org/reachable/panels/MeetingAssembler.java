package org.reachable.panels;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Organisations;
import org.reachable.language.LanguageCheck;
import org.reachable.panels.internal.PanelRepository;
import org.reachable.panels.internal.PanelRows.ActionRow;
import org.reachable.panels.internal.PanelRows.ItemRow;
import org.reachable.panels.internal.PanelRows.MeetingRow;
import org.reachable.panels.internal.PanelRows.PanelRow;
import org.reachable.panels.internal.PanelRows.UpdateRow;
import org.reachable.panels.internal.PanelWriter;
import org.springframework.stereotype.Component;

/** Builds a meeting as members see it from the module's rows. Checks and audit are the caller's. */
@Component
class MeetingAssembler {

    private final PanelRepository repository;
    private final PanelWriter writer;
    private final SubjectNameResolver names;
    private final Organisations organisations;
    private final LanguageCheck language;
    private final Clock clock;

    MeetingAssembler(PanelRepository repository, PanelWriter writer, SubjectNameResolver names,
                     Organisations organisations, LanguageCheck language, Clock clock) {
        this.repository = repository;
        this.writer = writer;
        this.names = names;
        this.organisations = organisations;
        this.language = language;
        this.clock = clock;
    }

    Meeting assemble(MeetingRow meeting, PanelRow panel) {
        List<ItemRow> items = repository.items(meeting.id());
        List<ActionRow> raised = repository.actionsRaisedAt(meeting.id());
        List<ActionRow> review = repository.actionsForReview(panel.id(), meeting.startsAt());
        Map<UUID, List<UpdateRow>> updates = repository.updates(Stream.concat(raised.stream(), review.stream())
                .map(ActionRow::id).toList()).stream().collect(Collectors.groupingBy(UpdateRow::actionId));
        var attendance = repository.attendance(meeting.id());
        Map<UUID, Organisation> orgs = organisations.findAll(Stream.of(
                raised.stream().map(ActionRow::owningOrganisationId), review.stream().map(ActionRow::owningOrganisationId),
                attendance.stream().map(a -> a.organisationId())).flatMap(s -> s).distinct().toList());
        Map<Subject, String> subjectNames = names.names(items.stream().map(MeetingAssembler::subject).toList());
        LocalDate today = LocalDate.now(clock.withZone(MeetingWindow.LONDON));
        List<AgendaItem> agenda = items.stream().map(i -> {
            Subject subject = subject(i);
            return new AgendaItem(i.id(), i.position(), subject, subjectNames.get(subject), i.minutesAllotted(),
                    i.reason(), i.carriedForward(), i.minutes(), i.decision(), i.outcomeShared(), i.outcomeSharedOn(),
                    actions(raised.stream().filter(a -> a.itemId().equals(i.id())).toList(), updates, orgs, today),
                    actions(review.stream().filter(a -> subject(a).equals(subject)).toList(), updates, orgs, today),
                    prompts(i.minutes(), i.decision(), i.outcomeShared()));
        }).toList();
        MeetingWindow window = writer.window(meeting);
        List<Meeting.Escalation> targets = panel.escalatesTo() == null ? List.of()
                : repository.panel(panel.escalatesTo()).map(p -> List.of(new Meeting.Escalation(p.id(), p.name())))
                .orElse(List.of());
        return new Meeting(meeting.id(), panel.id(), panel.name(), panel.tier(), meeting.startsAt(), meeting.endsAt(),
                window.opensAt(), window.closesAt(), agenda, attendance.stream().map(a -> new Meeting.Attendance(
                        a.organisationId(), agency(orgs, a.organisationId()), a.role(), a.name(),
                        AttendanceStatus.valueOf(a.status()))).toList(), targets);
    }

    List<AgendaItem.LanguagePrompt> prompts(String minutes, String decision, String outcomeShared) {
        List<AgendaItem.LanguagePrompt> prompts = new ArrayList<>();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("minutes", minutes);
        fields.put("decision", decision);
        fields.put("outcomeShared", outcomeShared);
        fields.forEach((field, text) -> language.check(text).forEach(f -> prompts.add(
                new AgendaItem.LanguagePrompt(field, f.found(), f.explanation(), f.suggestion()))));
        return prompts;
    }

    private static List<PanelAction> actions(Collection<ActionRow> rows, Map<UUID, List<UpdateRow>> updates,
                                             Map<UUID, Organisation> orgs, LocalDate today) {
        return rows.stream().map(a -> action(a, updates.getOrDefault(a.id(), List.of()), orgs, today)).toList();
    }

    static PanelAction action(ActionRow a, List<UpdateRow> updates, Map<UUID, Organisation> orgs, LocalDate today) {
        ActionStatus status = ActionStatus.valueOf(a.status());
        return new PanelAction(a.id(), a.itemId(), a.meetingId(), a.meetingStart(), subject(a), a.description(),
                a.owningOrganisationId(), agency(orgs, a.owningOrganisationId()), a.ownerName(), a.dueOn(), status,
                status.isOpen() && a.dueOn().isBefore(today), a.completedAt(),
                updates.stream().map(u -> new PanelAction.Update(ActionStatus.valueOf(u.status()), u.note(),
                        u.byName(), u.at(), u.meetingId())).toList());
    }

    static String agency(Map<UUID, Organisation> orgs, UUID id) {
        return Optional.ofNullable(orgs.get(id)).map(Organisation::name).orElse("Unknown organisation");
    }

    static Subject subject(ItemRow i) {
        return new Subject(SubjectKind.valueOf(i.subjectKind()), i.subjectId());
    }

    static Subject subject(ActionRow a) {
        return new Subject(SubjectKind.valueOf(a.subjectKind()), a.subjectId());
    }
}
