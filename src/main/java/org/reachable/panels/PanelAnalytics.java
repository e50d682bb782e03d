package org.reachable.panels;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.LegalBasis;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Organisations;
import org.reachable.panels.internal.PanelFiguresRepository;
import org.reachable.panels.internal.PanelRepository;
import org.reachable.platform.validation.Checks;
import org.springframework.stereotype.Service;

/**
 * Panel analytics for the partnership: attendance by agency, actions by owning agency (open, overdue, done, late),
 * and days from escalation to discussion. Counts of meetings and actions only: no child is named or identified.
 */
@Service
public class PanelAnalytics {

    private final PanelFiguresRepository figures;
    private final PanelRepository panels;
    private final Organisations organisations;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final Clock clock;

    PanelAnalytics(PanelFiguresRepository figures, PanelRepository panels, Organisations organisations,
                   ChildRecordAccess access, Audit audit, Clock clock) {
        this.figures = figures;
        this.panels = panels;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Meetings from {@code from} to {@code to} inclusive (yyyy-mm-dd, London; default the last 12 months), for one
     * panel or all ({@code panelId} blank).
     */
    public PanelFigures figures(String from, String to, String panelId) {
        access.requireCapability(Capability.VIEW_PANEL_ANALYTICS, AuditAction.READ, "panels/analytics");
        LocalDate today = LocalDate.now(clock.withZone(MeetingWindow.LONDON));
        Checks checks = new Checks();
        LocalDate start = date(checks, "from", from, today.minusMonths(12));
        LocalDate end = date(checks, "to", to, today);
        if (start != null && end != null && end.isBefore(start)) {
            checks.problem("to", to, "Must be on or after from (" + start + ")");
        }
        UUID panel = null;
        if (panelId != null && !panelId.isBlank()) {
            panel = PanelMeetings.uuid(checks, "panelId", panelId);
            if (panel != null && panels.panel(panel).isEmpty()) {
                checks.problem("panelId", panelId, "No panel with this id");
            }
        }
        checks.throwIfAny();
        Instant fromInstant = start.atStartOfDay(MeetingWindow.LONDON).toInstant();
        Instant toInstant = end.plusDays(1).atStartOfDay(MeetingWindow.LONDON).toInstant();
        audit.allowed(AuditAction.READ, null, "panels/analytics", "Panel analytics (aggregate, no children named)",
                LegalBasis.STRATEGIC_ANALYSIS);

        List<PanelFiguresRepository.AttendanceRow> attendance = figures.attendance(fromInstant, toInstant, panel);
        List<PanelFiguresRepository.ActionsRow> actions = figures.actions(fromInstant, toInstant, panel, today);
        Map<UUID, Organisation> orgs = organisations.findAll(Stream.concat(
                attendance.stream().map(PanelFiguresRepository.AttendanceRow::organisationId),
                actions.stream().map(PanelFiguresRepository.ActionsRow::organisationId)).distinct().toList());
        Instant now = clock.instant();
        List<PanelFigures.EscalationTime> escalations = figures.escalations(fromInstant, toInstant, panel).stream()
                .map(e -> {
                    // Calendar days (London): escalated on Monday and discussed on Wednesday is two days.
                    boolean discussed = e.discussedAt() != null && !e.discussedAt().isAfter(now);
                    LocalDate escalatedOn = LocalDate.ofInstant(e.escalatedAt(), MeetingWindow.LONDON);
                    LocalDate discussedOn = discussed ? LocalDate.ofInstant(e.discussedAt(), MeetingWindow.LONDON)
                            : null;
                    return new PanelFigures.EscalationTime(e.fromPanel(), e.toPanel(), escalatedOn, discussedOn,
                            discussed ? java.time.temporal.ChronoUnit.DAYS.between(escalatedOn, discussedOn) : null);
                }).toList();
        return new PanelFigures(start, end,
                attendance.stream().map(a -> new PanelFigures.AgencyAttendance(MeetingAssembler.agency(orgs,
                                a.organisationId()), a.present(), a.apologies(), a.absent(),
                                percent(a.present(), a.present() + a.apologies() + a.absent())))
                        .sorted(Comparator.comparing(PanelFigures.AgencyAttendance::agency)).toList(),
                actions.stream().map(a -> new PanelFigures.AgencyActions(MeetingAssembler.agency(orgs,
                                a.organisationId()), a.open(), a.overdue(), a.done(), a.doneLate()))
                        .sorted(Comparator.comparing(PanelFigures.AgencyActions::overdue).reversed()
                                .thenComparing(PanelFigures.AgencyActions::agency)).toList(),
                escalations, summary(escalations));
    }

    private static PanelFigures.EscalationSummary summary(List<PanelFigures.EscalationTime> escalations) {
        List<Long> days = escalations.stream().map(PanelFigures.EscalationTime::days)
                .filter(java.util.Objects::nonNull).sorted().toList();
        Double median = days.isEmpty() ? null : days.size() % 2 == 1 ? (double) days.get(days.size() / 2)
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
        return new PanelFigures.EscalationSummary(escalations.size(), days.size(), escalations.size() - days.size(),
                median, days.isEmpty() ? null : days.getLast());
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static LocalDate date(Checks checks, String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            checks.problem(field, value, "Must be a real date in the form yyyy-mm-dd");
            return null;
        }
    }
}
