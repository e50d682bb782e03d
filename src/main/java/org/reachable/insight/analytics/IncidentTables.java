package org.reachable.insight.analytics;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.reachable.insight.Analysis;
import org.reachable.insight.InsightTable.Column;
import org.reachable.insight.InsightTable;
import org.reachable.insight.imports.LondonBoroughs;
import org.reachable.platform.statistics.RateRatio;
import org.springframework.stereotype.Component;

/** Counts of incidents from one source by month, type, LSOA and borough; trend and seasonality. */
@Component
public class IncidentTables {

    private static final String MONTHLY_ONLY = "police.uk street crime is published by month only: no day or time "
            + "of day, so no hour-of-week, school-day or after-school analysis is possible from this source.";

    private final AnalyticsQueries queries;

    IncidentTables(AnalyticsQueries queries) {
        this.queries = queries;
    }

    public InsightTable byMonth(String source, LocalDate from, LocalDate to, String borough) {
        List<List<Object>> rows = new ArrayList<>();
        queries.incidentsByMonth(source, from, to, borough).forEach(c -> rows.add(List.of(c.key(), c.count())));
        return table(Analysis.INCIDENTS_BY_MONTH, source.equals("STREET_CRIME") ? MONTHLY_ONLY : "", rows, Column.text("Month"), Column.number("Incidents"));
    }

    public InsightTable byType(String source, LocalDate from, LocalDate to, String borough) {
        List<List<Object>> rows = new ArrayList<>();
        queries.incidentsByType(source, from, to, borough).forEach(c -> rows.add(List.of(c.key(), c.count())));
        return table(Analysis.INCIDENTS_BY_TYPE, "", rows, Column.text("Crime type"), Column.number("Incidents"));
    }

    public InsightTable byLsoa(String source, LocalDate from, LocalDate to, String borough) {
        Map<String, String> names = LondonBoroughs.nameByCode();
        List<List<Object>> rows = new ArrayList<>();
        queries.incidentsByLsoa(source, from, to, borough).forEach(c -> rows.add(List.of(
                c.key().isEmpty() ? "(no LSOA)" : c.key(), names.getOrDefault(c.group(), c.group()), c.count())));
        return table(Analysis.INCIDENTS_BY_LSOA, "2011 LSOAs. Rows without an LSOA had no usable location.", rows,
                Column.text("LSOA"), Column.text("Borough"), Column.number("Incidents"));
    }

    public InsightTable byBorough(String source, LocalDate from, LocalDate to, String borough) {
        Map<String, String> names = LondonBoroughs.nameByCode();
        Map<String, Long> population = new HashMap<>();
        queries.populationByArea().forEach(p -> population.put(p.key(), p.count()));
        List<List<Object>> rows = new ArrayList<>();
        queries.incidentsByBorough(source, from, to, borough).forEach(c -> {
            Long people = population.get(c.key());
            rows.add(Arrays.asList(c.key().isEmpty() ? "(none)" : c.key(), names.getOrDefault(c.key(), ""),
                    c.count(), people, people == null ? null : RateRatio.perThousand(c.count(), people)));
        });
        return table(Analysis.INCIDENTS_BY_BOROUGH, "Rate: incidents in the selected months per 1,000 usual "
                        + "residents (Census 2021, all ages).", rows, Column.text("Borough code"),
                Column.text("Borough"), Column.number("Incidents"), Column.number("Population"),
                Column.number("Rate per 1,000"));
    }

    /** The 12 months to the latest month with data (within the filter) against the 12 before. */
    public InsightTable trend(String source, LocalDate from, LocalDate to, String borough) {
        YearMonth latest = queries.latestMonth(source, borough).map(YearMonth::from)
                .map(m -> to != null && m.isAfter(YearMonth.from(to)) ? YearMonth.from(to) : m).orElse(null);
        List<List<Object>> rows = new ArrayList<>();
        String note = "No data.";
        if (latest != null) {
            YearMonth lastStart = latest.minusMonths(11);
            YearMonth previousStart = latest.minusMonths(23);
            Map<String, long[]> byType = new TreeMap<>();
            queries.incidentsByTypeAndMonth(source, previousStart.atDay(1), latest.atDay(1), borough).forEach(c -> {
                long[] sums = byType.computeIfAbsent(c.key(), k -> new long[2]);
                sums[YearMonth.parse(c.group()).isBefore(lastStart) ? 1 : 0] += c.count();
            });
            long[] all = new long[2];
            byType.forEach((type, s) -> {
                rows.add(trendRow(type, s));
                all[0] += s[0];
                all[1] += s[1];
            });
            rows.add(trendRow("All", all));
            note = "Last 12 months: " + lastStart + " to " + latest + "; previous 12: " + previousStart + " to "
                    + lastStart.minusMonths(1) + ". Months missing from the source count as zero.";
        }
        return table(Analysis.INCIDENTS_TREND, note, rows, Column.text("Crime type"),
                Column.number("Last 12 months"), Column.number("Previous 12 months"), Column.number("Change (%)"));
    }

    private static List<Object> trendRow(String label, long[] sums) {
        return Arrays.asList(label, sums[0], sums[1], sums[1] == 0 ? null
                : RateRatio.percent(sums[0] - sums[1], sums[1]));
    }

    public InsightTable seasonality(String source, LocalDate from, LocalDate to, String borough) {
        long[] totals = new long[12];
        int[] months = new int[12];
        queries.incidentsByMonth(source, from, to, borough).forEach(c -> {
            int m = YearMonth.parse(c.key()).getMonthValue() - 1;
            totals[m] += c.count();
            months[m]++;
        });
        List<List<Object>> rows = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            rows.add(Arrays.asList(Month.of(m + 1).getDisplayName(TextStyle.FULL, Locale.UK), (long) months[m],
                    totals[m], months[m] == 0 ? null : RateRatio.round((double) totals[m] / months[m])));
        }
        return table(Analysis.INCIDENTS_SEASONALITY, "Average per month of the year over the months with data.",
                rows, Column.text("Month of year"), Column.number("Months with data"), Column.number("Incidents"),
                Column.number("Average per month"));
    }

    private static InsightTable table(Analysis analysis, String note, List<List<Object>> rows, Column... columns) {
        return new InsightTable(analysis.slug(), analysis.title(), note, List.of(columns), rows);
    }
}
