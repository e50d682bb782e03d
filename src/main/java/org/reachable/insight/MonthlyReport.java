package org.reachable.insight;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.LegalBasis;
import org.reachable.insight.InsightTable.Column;
import org.reachable.insight.analytics.ReportQueries;
import org.reachable.platform.statistics.RateRatio;
import org.springframework.stereotype.Service;

/**
 * The month's strategic needs assessment report: every source's month against the year before, street crime by type
 * and borough, knife injuries to under-25s, school days and the after-school window, exclusions, disproportionality
 * in stop and search, and emerging patterns. The analyst's version has exact counts; the public summary keeps only
 * count tables and passes each through {@link Suppression} (1-4 hidden, with secondary suppression).
 */
@Service
public class MonthlyReport {

    private final InsightAnalyses analyses;
    private final EmergingPatterns patterns;
    private final ReportQueries queries;
    private final ChildRecordAccess access;
    private final Audit audit;

    MonthlyReport(InsightAnalyses analyses, EmergingPatterns patterns, ReportQueries queries,
                  ChildRecordAccess access, Audit audit) {
        this.analyses = analyses;
        this.patterns = patterns;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
    }

    public record Report(YearMonth month, boolean published, List<InsightTable> tables,
                         List<EmergingPatterns.Pattern> patterns) {
    }

    /** The month to report when none is asked for: the latest with police data (or any data). */
    public YearMonth defaultMonth() {
        return queries.latestMonth().map(YearMonth::from).orElse(null);
    }

    public Report forAnalysts(YearMonth month) {
        check(month, "Monthly report (analysts)");
        InsightFilter thisMonth = new InsightFilter(month, month, null, null, Place.ANYWHERE);
        InsightFilter year = new InsightFilter(month.minusMonths(11), month, null, null, Place.ANYWHERE);
        List<InsightTable> tables = new ArrayList<>();
        tables.add(bySource(month));
        tables.add(analyses.unaudited(Analysis.INCIDENTS_BY_TYPE, thisMonth));
        tables.add(analyses.unaudited(Analysis.INCIDENTS_BY_BOROUGH, thisMonth));
        tables.add(analyses.unaudited(Analysis.KNIFE_INJURIES_UNDER_25, year));
        tables.add(analyses.unaudited(Analysis.INCIDENTS_SCHOOL_DAYS, thisMonth));
        tables.add(analyses.unaudited(Analysis.EXCLUSIONS_BY_REASON, thisMonth));
        tables.add(analyses.unaudited(Analysis.STOP_SEARCH_SELF_DEFINED, year));
        tables.add(analyses.unaudited(Analysis.STOP_SEARCH_OFFICER_DEFINED, year));
        List<EmergingPatterns.Pattern> found = patterns.unaudited(month).patterns();
        return new Report(month, false, tables, found.subList(0, Math.min(20, found.size())));
    }

    public Report publicSummary(YearMonth month) {
        check(month, "Monthly report (public summary, suppressed)");
        InsightFilter thisMonth = new InsightFilter(month, month, null, null, Place.ANYWHERE);
        InsightFilter year = new InsightFilter(month.minusMonths(11), month, null, null, Place.ANYWHERE);
        InsightTable sources = bySource(month);
        List<InsightTable> tables = new ArrayList<>();
        tables.add(PublishedTables.suppressed(sources, List.of(1, 2, 3, 4), "All sources"));
        tables.add(PublishedTables.suppressed(analyses.unaudited(Analysis.INCIDENTS_BY_TYPE, thisMonth), List.of(1),
                "All types"));
        tables.add(PublishedTables.suppressed(analyses.unaudited(Analysis.INCIDENTS_BY_BOROUGH, thisMonth),
                List.of(2), "All boroughs"));
        tables.add(PublishedTables.searchRates(analyses.unaudited(Analysis.STOP_SEARCH_SELF_DEFINED, year)));
        return new Report(month, true, tables, List.of());
    }

    private InsightTable bySource(YearMonth month) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportQueries.SourceMonth s : queries.bySource(month.atDay(1))) {
            if (s.source().equals("STOP_AND_SEARCH")) {
                continue;
            }
            rows.add(Arrays.asList(IncidentSource.valueOf(s.source()).label(), s.thisMonth(), s.sameMonthLastYear(),
                    s.last12(), s.previous12(), s.previous12() == 0 ? null
                            : RateRatio.percent(s.last12() - s.previous12(), s.previous12())));
        }
        return new InsightTable("sources", "Incidents by source", "The 12 months to " + month + " against the 12 "
                + "before. Partner sources count what they record: attendances, call-outs, exclusions, fires.",
                List.of(Column.text("Source"), Column.number(month.toString()),
                        Column.number(month.minusMonths(12).toString()), Column.number("Last 12 months"),
                        Column.number("Previous 12 months"), Column.number("Change (%)")), rows);
    }

    private void check(YearMonth month, String what) {
        access.requireCapability(Capability.VIEW_AGGREGATES, AuditAction.READ, "insight/report");
        audit.allowed(AuditAction.READ, null, "insight/report", what + " for " + month,
                LegalBasis.STRATEGIC_ANALYSIS);
    }
}
