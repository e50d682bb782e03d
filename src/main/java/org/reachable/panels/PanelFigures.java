package org.reachable.panels;

import java.time.LocalDate;
import java.util.List;

/**
 * Panel analytics for a period: attendance by agency, actions by owning agency (open, overdue, done), and time from
 * escalation to discussion. No child is named or identified.
 */
public record PanelFigures(LocalDate from, LocalDate to, List<AgencyAttendance> attendance,
                           List<AgencyActions> actions, List<EscalationTime> escalations,
                           EscalationSummary escalationSummary) {

    /** Meetings at which the agency was present, sent apologies, or was absent (one count per meeting). */
    public record AgencyAttendance(String agency, long present, long apologies, long absent, Double presentPercent) {
    }

    /** Actions the agency owns that were raised at meetings in the period. */
    public record AgencyActions(String agency, long open, long overdue, long done, long doneLate) {
    }

    /** One escalation from one tier to another and, once discussed, how many days it waited. */
    public record EscalationTime(String fromPanel, String toPanel, LocalDate escalatedOn, LocalDate discussedOn,
                                 Long days) {
    }

    public record EscalationSummary(long escalations, long discussed, long waiting, Double medianDays,
                                    Long longestDays) {
    }
}
