package org.reachable.moments.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.LegalBasis;
import org.reachable.moments.fairness.FairnessMonitor;
import org.reachable.moments.fairness.FairnessReport;
import org.reachable.moments.fairness.FairnessRow;
import org.reachable.moments.fairness.RuleFairness;
import org.reachable.platform.statistics.RateRatio;
import org.reachable.platform.statistics.SmallNumbers;
import org.reachable.platform.validation.Checks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The fairness monitor for the partnership (team managers) and analysts: aggregate figures only, counts of 1 to 4
 * shown as "fewer than 5" with the rates that would reveal them; and the same as a CSV for the monthly report.
 */
@Controller
class FairnessPage {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final FairnessMonitor monitor;
    private final Audit audit;

    FairnessPage(FairnessMonitor monitor, Audit audit) {
        this.monitor = monitor;
        this.audit = audit;
    }

    @GetMapping("/moments/fairness")
    String page(@RequestParam(defaultValue = "ethnicity") String by, Model model) {
        FairnessReport report = monitor.report(breakdown(by));
        audit.allowed(AuditAction.READ, null, "moments/fairness", "Fairness monitor (aggregate figures)",
                LegalBasis.STRATEGIC_ANALYSIS);
        model.addAttribute("report", report);
        model.addAttribute("by", by);
        return "moments/fairness";
    }

    /** The twelve months to the end of {@code month} (default: the last complete month), as CSV. */
    @GetMapping("/moments/fairness.csv")
    void csv(@RequestParam(defaultValue = "ethnicity-sex-age") String by, @RequestParam(required = false) String month,
             HttpServletResponse response) throws IOException {
        YearMonth end = month(month);
        FairnessReport report = monitor.report(breakdown(by),
                end.minusMonths(11).atDay(1).atStartOfDay(LONDON).toInstant(),
                end.plusMonths(1).atDay(1).atStartOfDay(LONDON).toInstant());
        audit.allowed(AuditAction.EXPORT, null, "moments/fairness.csv", "Fairness monitor export (aggregate)",
                LegalBasis.STRATEGIC_ANALYSIS);
        // Written directly: a download is not subject to the request's Accept header.
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"fairness-" + end + ".csv\"");
        response.getWriter().write(toCsv(report));
    }

    private static String toCsv(FairnessReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("rule", "group",
                "population", "children_with_rule_events", "children_alerted", "alerts_per_1000", "alert_rri",
                "alert_rri_lower", "alert_rri_upper", "event_rri", "event_rri_lower", "event_rri_upper",
                "alerts_given_events_rri", "alerts_given_events_lower", "alerts_given_events_upper",
                "flagged").get())) {
            for (RuleFairness rule : report.rules()) {
                for (FairnessRow row : rule.rows()) {
                    boolean hide = SmallNumbers.hidden(row.alerted());
                    csv.printRecord(rule.ruleKey() == null ? "all" : rule.ruleKey(), row.group(),
                            csvCount(row.population()), csvCount(row.withEvents()), csvCount(row.alerted()),
                            hide ? "" : row.alertRate().ratePerThousand(), index(row.alertRate(), hide),
                            lower(row.alertRate(), hide), upper(row.alertRate(), hide),
                            index(row.eventRate(), SmallNumbers.hidden(row.withEvents())),
                            lower(row.eventRate(), SmallNumbers.hidden(row.withEvents())),
                            upper(row.eventRate(), SmallNumbers.hidden(row.withEvents())),
                            index(row.alertsGivenEvents(), hide), lower(row.alertsGivenEvents(), hide),
                            upper(row.alertsGivenEvents(), hide), row.amplifies());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A count for the CSV: the number without separators, or "fewer than 5". */
    private static String csvCount(long count) {
        return SmallNumbers.hidden(count) ? SmallNumbers.words(count) : Long.toString(count);
    }

    private static Object index(RateRatio r, boolean hide) {
        return hide || r.index() == null ? "" : r.index();
    }

    private static Object lower(RateRatio r, boolean hide) {
        return hide || r.lower() == null ? "" : r.lower();
    }

    private static Object upper(RateRatio r, boolean hide) {
        return hide || r.upper() == null ? "" : r.upper();
    }

    private static FairnessReport.Breakdown breakdown(String by) {
        return switch (by) {
            case "ethnicity" -> FairnessReport.Breakdown.ETHNICITY;
            case "ethnicity-sex-age" -> FairnessReport.Breakdown.ETHNICITY_SEX_AGE;
            default -> {
                new Checks().problem("by", by, "Must be ethnicity or ethnicity-sex-age").throwIfAny();
                yield null;
            }
        };
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(LocalDate.now(LONDON)).minusMonths(1);
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            new Checks().problem("month", month, "Must be a month as yyyy-mm, e.g. 2026-10").throwIfAny();
            return null;
        }
    }
}
