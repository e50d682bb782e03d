package org.reachable.insight.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.reachable.insight.Analysis;
import org.reachable.insight.IncidentSource;
import org.reachable.insight.InsightTable;
import org.reachable.insight.InsightTable.Column;
import org.reachable.insight.imports.LondonBoroughs;
import org.reachable.insight.imports.PartnerFormats;
import org.reachable.platform.statistics.RateRatio;
import org.springframework.stereotype.Component;

/**
 * Analyses that need days and times (hour of week; school days, holidays and the after-school window; knife injuries
 * to under-25s; exclusions by reason) or places (near schools; boroughs compared across every source).
 */
@Component
public class TimeAndPlaceTables {

    /** The after-school window: 15:00 to 18:59 on school days (a third of under-18 victimisation is 15:00-17:00). */
    public static final int AFTER_SCHOOL_FROM = 15;
    public static final int AFTER_SCHOOL_TO = 18;

    private final TimeQueries time;
    private final GeographyQueries geography;
    private final AnalyticsQueries analytics;

    TimeAndPlaceTables(TimeQueries time, GeographyQueries geography, AnalyticsQueries analytics) {
        this.time = time;
        this.geography = geography;
        this.analytics = analytics;
    }

    public InsightTable hourOfWeek(IncidentSource source, LocalDate from, LocalDate to, String borough) {
        long[][] counts = new long[7][24];
        long untimed = 0;
        for (TimeQueries.WeekHour d : time.byDayOfWeekAndHour(source.name(), from, to, borough)) {
            if (d.hour() < 0) {
                untimed += d.incidents();
            } else {
                counts[d.dayOfWeek() - 1][d.hour()] += d.incidents();
            }
        }
        List<Column> columns = new ArrayList<>(List.of(Column.text("Day")));
        for (int h = 0; h < 24; h++) {
            columns.add(Column.number(String.format("%02d", h)));
        }
        columns.add(Column.number("Total"));
        List<List<Object>> rows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Object> row = new ArrayList<>(List.of(day.getDisplayName(TextStyle.FULL, Locale.UK)));
            long total = 0;
            for (int h = 0; h < 24; h++) {
                row.add(counts[day.getValue() - 1][h]);
                total += counts[day.getValue() - 1][h];
            }
            row.add(total);
            rows.add(row);
        }
        String note = source.label() + ". Hours are Europe/London local time (hour 15 = 15:00 to 15:59). "
                + (source.hasTimes() ? untimed + " incident(s) without a time are not in this table."
                : "This source has no times of day.");
        return new InsightTable(Analysis.INCIDENTS_HOUR_OF_WEEK.slug(), Analysis.INCIDENTS_HOUR_OF_WEEK.title(),
                note, columns, rows);
    }

    public InsightTable schoolDays(IncidentSource source, LocalDate from, LocalDate to, String borough) {
        Map<SchoolDays.Kind, long[]> byKind = new EnumMap<>(SchoolDays.Kind.class);
        for (SchoolDays.Kind kind : SchoolDays.Kind.values()) {
            byKind.put(kind, new long[4]); // days, incidents, after-school incidents, untimed incidents
        }
        for (LocalDate month : time.months(source.name(), from, to)) {
            YearMonth ym = YearMonth.from(month);
            for (int d = 1; d <= ym.lengthOfMonth(); d++) {
                byKind.get(SchoolDays.kind(ym.atDay(d)))[0]++;
            }
        }
        for (TimeQueries.Day d : time.byDay(source.name(), from, to, borough, AFTER_SCHOOL_FROM, AFTER_SCHOOL_TO)) {
            long[] sums = byKind.get(SchoolDays.kind(d.day()));
            sums[1] += d.incidents();
            sums[2] += d.inWindow();
            sums[3] += d.untimed();
        }
        List<List<Object>> rows = new ArrayList<>();
        byKind.forEach((kind, s) -> {
            if (kind != SchoolDays.Kind.UNKNOWN || s[0] > 0) {
                rows.add(Arrays.asList(kind.label(), s[0], s[1], perDay(s[1], s[0]), s[2], perDay(s[2], s[0]),
                        s[3]));
            }
        });
        return new InsightTable(Analysis.INCIDENTS_SCHOOL_DAYS.slug(), Analysis.INCIDENTS_SCHOOL_DAYS.title(),
                source.label() + ". Days: every calendar day of the months with data from this source. School days "
                        + "are term-time weekdays that are not bank holidays (approximate London term dates; see "
                        + "docs/insight.md). After school: 15:00 to 18:59.",
                List.of(Column.text("Kind of day"), Column.number("Days"), Column.number("Incidents"),
                        Column.number("Per day"), Column.number("Incidents 15:00-18:59"),
                        Column.number("Per day 15:00-18:59"), Column.number("Incidents without a time")), rows);
    }

    public InsightTable knifeInjuriesUnder25(LocalDate from, LocalDate to, String borough) {
        Map<String, long[]> byMonth = new TreeMap<>();
        for (TimeQueries.Grouped g : time.knifeInjuriesByMonth(PartnerFormats.KNIFE, from, to, borough)) {
            long[] c = byMonth.computeIfAbsent(g.key(), k -> new long[5]);
            int column = (g.source().equals("ED_ASSAULT") ? 0 : 2) + (g.group().equals(AgeBand.UNDER_18.label()) ? 0
                    : g.group().equals(AgeBand.FROM_18_TO_24.label()) ? 1 : -1);
            if (column >= 0 && !g.group().isEmpty() && !g.group().equals(AgeBand.FROM_25.label())) {
                c[column] += g.incidents();
                c[4] += g.incidents();
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        byMonth.forEach((month, c) -> rows.add(List.of(month, c[0], c[1], c[2], c[3], c[4])));
        return new InsightTable(Analysis.KNIFE_INJURIES_UNDER_25.slug(), Analysis.KNIFE_INJURIES_UNDER_25.title(),
                "ED assault attendances and ambulance call-outs where the method or injury was a knife or sharp "
                        + "object and the age given was under 25 (rows without an age are not counted). The Duty's "
                        + "headline measure is hospital admissions (ICD-10 X99); ED attendances are wider.",
                List.of(Column.text("Month"), Column.number("ED, 0-17"), Column.number("ED, 18-24"),
                        Column.number("Ambulance, 0-17"), Column.number("Ambulance, 18-24"),
                        Column.number("Total under 25")), rows);
    }

    public InsightTable exclusionsByReason(LocalDate from, LocalDate to, String borough) {
        Map<String, long[]> byReason = new LinkedHashMap<>();
        PartnerFormats.REASONS.keySet().forEach(code -> byReason.put(code, new long[3]));
        for (TimeQueries.Grouped g : time.exclusionsByReason(from, to, borough)) {
            long[] c = byReason.computeIfAbsent(g.key(), k -> new long[3]);
            c[g.group().equals("Permanent exclusion") ? 1 : 0] += g.incidents();
            c[2] += g.incidents();
        }
        List<List<Object>> rows = new ArrayList<>();
        byReason.forEach((code, c) -> rows.add(List.of(code, PartnerFormats.REASONS.getOrDefault(code, ""), c[0],
                c[1], c[2])));
        return new InsightTable(Analysis.EXCLUSIONS_BY_REASON.slug(), Analysis.EXCLUSIONS_BY_REASON.title(),
                "DfE reason codes. Suspensions include lunchtime suspensions. Permanent exclusion is associated "
                        + "with about double the risk of a serious violence conviction or caution in the next year.",
                List.of(Column.text("Reason code"), Column.text("Reason"), Column.number("Suspensions"),
                        Column.number("Permanent exclusions"), Column.number("Total")), rows);
    }

    public InsightTable boroughComparison(LocalDate from, LocalDate to, String borough) {
        Map<String, Long> population = new HashMap<>();
        analytics.populationByArea().forEach(p -> population.put(p.key(), p.count()));
        Map<String, Map<IncidentSource, Long>> byBorough = new TreeMap<>();
        List<IncidentSource> present = new ArrayList<>();
        for (TimeQueries.Grouped g : time.bySourceAndBorough(from, to)) {
            if (g.key().isEmpty() || (!borough.isEmpty() && !g.key().equals(borough))) {
                continue;
            }
            IncidentSource source = IncidentSource.valueOf(g.source());
            if (!present.contains(source)) {
                present.add(source);
            }
            byBorough.computeIfAbsent(g.key(), k -> new EnumMap<>(IncidentSource.class)).merge(source,
                    g.incidents(), Long::sum);
        }
        present.sort(null);
        List<Column> columns = new ArrayList<>(List.of(Column.text("Borough"), Column.number("Residents")));
        present.forEach(s -> {
            columns.add(Column.number(s.label()));
            columns.add(Column.number(s.label() + " per 1,000"));
        });
        Map<String, String> names = LondonBoroughs.nameByCode();
        List<List<Object>> rows = new ArrayList<>();
        byBorough.forEach((code, counts) -> {
            Long people = population.get(code);
            List<Object> row = new ArrayList<>(Arrays.asList(names.getOrDefault(code, code), people));
            present.forEach(s -> {
                long n = counts.getOrDefault(s, 0L);
                row.add(n);
                row.add(people == null || people == 0 ? null : RateRatio.perThousand(n, people));
            });
            rows.add(row);
        });
        return new InsightTable(Analysis.BOROUGH_COMPARISON.slug(), Analysis.BOROUGH_COMPARISON.title(),
                "Every source with data in the selected months; rates per 1,000 usual residents of all ages "
                        + "(Census 2021).", columns, rows);
    }

    public InsightTable nearSchools(IncidentSource source, LocalDate from, LocalDate to, String borough) {
        Map<String, long[]> byCategory = new TreeMap<>();
        analytics.incidentsByType(source.name(), from, to, borough)
                .forEach(c -> byCategory.computeIfAbsent(c.key(), k -> new long[3])[0] += c.count());
        for (GeographyQueries.PlaceCount p : geography.byPlace(source.name(), from, to, borough)) {
            long[] c = byCategory.computeIfAbsent(p.category(), k -> new long[3]);
            c[1] += p.nearSchool();
            c[2] += p.onRoute();
        }
        List<List<Object>> rows = new ArrayList<>();
        long[] all = new long[3];
        byCategory.forEach((category, c) -> {
            rows.add(placeRow(category, c[0], c[1], c[2]));
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        });
        rows.add(placeRow("All", all[0], all[1], all[2]));
        return new InsightTable(Analysis.INCIDENTS_NEAR_SCHOOLS.slug(), Analysis.INCIDENTS_NEAR_SCHOOLS.title(),
                source.label() + ". Percentages are of all the category's incidents, including those without a "
                        + "map point. Near: in an H3 cell (resolution 10) whose centre is within 400 m of a "
                        + "secondary school. Routes: straight lines between secondary schools less than 2 km apart, "
                        + "about 130 m either side (docs/insight.md). "
                        + (geography.hasSchools() ? "" : "No schools are loaded, so both are zero."),
                List.of(Column.text("Category"), Column.number("Incidents"), Column.number("Within 400 m"),
                        Column.number("Within 400 m (%)"), Column.number("On school routes"),
                        Column.number("On school routes (%)")), rows);
    }

    private static List<Object> placeRow(String label, long incidents, long near, long route) {
        return Arrays.asList(label, incidents, near, incidents == 0 ? null : RateRatio.percent(near, incidents), route,
                incidents == 0 ? null : RateRatio.percent(route, incidents));
    }

    private static java.math.BigDecimal perDay(long incidents, long days) {
        return days == 0 ? null : java.math.BigDecimal.valueOf((double) incidents / days)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
