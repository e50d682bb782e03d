package org.reachable.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.LegalBasis;
import org.reachable.insight.analytics.PatternQueries;
import org.reachable.insight.analytics.PoissonCusum;
import org.reachable.insight.analytics.SchoolDays;
import org.reachable.insight.analytics.TimeAndPlaceTables;
import org.reachable.insight.imports.LondonBoroughs;
import org.springframework.stereotype.Service;

/**
 * Emerging patterns: the Poisson CUSUM rise detector run over every monthly series of every source — borough ×
 * category, LSOA, borough × age band, and the after-school window on school days by borough. For each source the
 * last {@link #MONITORED_MONTHS} months to the chosen month are monitored against the mean of up to
 * {@link #BASELINE_MONTHS} months before them (at least {@link #MINIMUM_BASELINE_MONTHS}). Signals are listed with
 * their evidence for an analyst to judge; nothing is sent anywhere and no person is involved.
 */
@Service
public class EmergingPatterns {

    public static final int MONITORED_MONTHS = 6;
    public static final int BASELINE_MONTHS = 24;
    public static final int MINIMUM_BASELINE_MONTHS = 12;

    private final PatternQueries queries;
    private final ChildRecordAccess access;
    private final Audit audit;

    EmergingPatterns(PatternQueries queries, ChildRecordAccess access, Audit audit) {
        this.queries = queries;
        this.access = access;
        this.audit = audit;
    }

    /** One signal with its evidence. Counts are per month; the statistic crossed the threshold in signalMonth. */
    public record Pattern(IncidentSource source, String series, String area, String group, YearMonth baselineFrom,
                          YearMonth baselineTo, BigDecimal baselineMean, YearMonth signalMonth, List<Long> observed,
                          YearMonth monitoredFrom, BigDecimal statistic, BigDecimal threshold,
                          BigDecimal referenceValue) {
    }

    public record Scan(YearMonth upTo, List<Pattern> patterns, long seriesScanned, List<String> notes) {
    }

    /** upTo null = each source's latest month. */
    public Scan scan(YearMonth upTo) {
        access.requireCapability(Capability.VIEW_AGGREGATES, AuditAction.READ, "insight/patterns");
        audit.allowed(AuditAction.READ, null, "insight/patterns", "Emerging patterns up to "
                + (upTo == null ? "latest" : upTo), LegalBasis.STRATEGIC_ANALYSIS);
        return unaudited(upTo);
    }

    Scan unaudited(YearMonth upTo) {
        List<Pattern> patterns = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long scanned = 0;
        for (PatternQueries.SourceSpan span : queries.spans()) {
            IncidentSource source = IncidentSource.valueOf(span.source());
            YearMonth last = upTo != null ? upTo : YearMonth.from(span.last());
            YearMonth monitoredFrom = last.minusMonths(MONITORED_MONTHS - 1);
            YearMonth first = YearMonth.from(span.first());
            YearMonth baselineFrom = monitoredFrom.minusMonths(BASELINE_MONTHS);
            baselineFrom = baselineFrom.isBefore(first) ? first : baselineFrom;
            int baselineMonths = (int) baselineFrom.until(monitoredFrom, java.time.temporal.ChronoUnit.MONTHS);
            if (baselineMonths < MINIMUM_BASELINE_MONTHS) {
                notes.add(source.label() + ": fewer than " + MINIMUM_BASELINE_MONTHS + " months of data before "
                        + monitoredFrom + ", not monitored.");
                continue;
            }
            LocalDate from = baselineFrom.atDay(1);
            LocalDate to = last.atDay(1);
            Window window = new Window(source, baselineFrom, monitoredFrom, last);
            scanned += window.run("Borough × category", queries.boroughByCategory(source.name(), from, to), patterns);
            scanned += window.run("LSOA", queries.lsoa(source.name(), from, to), patterns);
            if (source != IncidentSource.STREET_CRIME) {
                scanned += window.run("Borough × age band", queries.boroughByAgeBand(source.name(), from, to),
                        patterns);
            }
            if (source.hasTimes()) {
                scanned += window.run("After school (15:00-18:59, school days)", afterSchoolMonths(source, from, to),
                        patterns);
            }
        }
        patterns.sort(Comparator.comparing((Pattern p) -> p.statistic().divide(p.threshold(), 6,
                RoundingMode.HALF_UP)).reversed());
        return new Scan(upTo, patterns, scanned, notes);
    }

    private List<PatternQueries.Point> afterSchoolMonths(IncidentSource source, LocalDate from, LocalDate to) {
        Map<String, Long> byBoroughMonth = new HashMap<>();
        for (PatternQueries.Point p : queries.afterSchoolByDay(source.name(), from, to,
                TimeAndPlaceTables.AFTER_SCHOOL_FROM, TimeAndPlaceTables.AFTER_SCHOOL_TO)) {
            if (SchoolDays.kind(p.month()) == SchoolDays.Kind.SCHOOL_DAY) {
                byBoroughMonth.merge(p.area() + "|" + p.month().withDayOfMonth(1), p.incidents(), Long::sum);
            }
        }
        List<PatternQueries.Point> points = new ArrayList<>();
        byBoroughMonth.forEach((key, n) -> {
            String[] parts = key.split("\\|");
            points.add(new PatternQueries.Point(parts[0], "", LocalDate.parse(parts[1]), n));
        });
        return points;
    }

    /** The months of one source's scan: baseline, then the monitored months. */
    private record Window(IncidentSource source, YearMonth baselineFrom, YearMonth monitoredFrom, YearMonth last) {

        long run(String series, List<PatternQueries.Point> points, List<Pattern> out) {
            int months = (int) baselineFrom.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
            int baseline = (int) baselineFrom.until(monitoredFrom, java.time.temporal.ChronoUnit.MONTHS);
            Map<String, long[]> bySeries = new HashMap<>();
            for (PatternQueries.Point p : points) {
                int index = (int) baselineFrom.until(YearMonth.from(p.month()), java.time.temporal.ChronoUnit.MONTHS);
                if (index >= 0 && index < months) {
                    bySeries.computeIfAbsent(p.area() + "|" + p.group(), k -> new long[months])[index] += p.incidents();
                }
            }
            Map<String, String> boroughs = LondonBoroughs.nameByCode();
            bySeries.forEach((key, counts) -> PoissonCusum.detect(counts, baseline).ifPresent(signal -> {
                String[] parts = key.split("\\|", -1);
                List<Long> observed = new ArrayList<>();
                for (int i = baseline; i <= signal.index(); i++) {
                    observed.add(counts[i]);
                }
                out.add(new Pattern(source, series, boroughs.getOrDefault(parts[0], parts[0]), parts[1],
                        baselineFrom, monitoredFrom.minusMonths(1), round(signal.baselineMean()),
                        baselineFrom.plusMonths(signal.index()), observed, monitoredFrom, round(signal.cusum()),
                        round(signal.threshold()), round(signal.referenceValue())));
            }));
            return bySeries.size();
        }

        private static BigDecimal round(double value) {
            return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        }
    }
}
