package org.reachable.insight.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachable.insight.Analysis;
import org.reachable.insight.BroadEthnicGroup;
import org.reachable.insight.EthnicGroup;
import org.reachable.insight.InsightTable.Column;
import org.reachable.insight.InsightTable;
import org.reachable.platform.statistics.RateRatio;
import org.springframework.stereotype.Component;

/**
 * Stop and search, with Census 2021 denominators for the force area: rates per 1,000 residents, the relative rate
 * index against the White group with its 95% confidence interval, and the share of searches that found something.
 */
@Component
public class StopSearchTables {

    /** The Metropolitan Police area is London (the City of London Police covers the City, 0.1% of residents). */
    public static final String FORCE_AREA = "E12000007";
    private static final String NOTE = "The whole Metropolitan Police area: the borough filter does not apply. "
            + "Denominators: Census 2021 usual residents of London, all ages. Searches "
            + "with no stated ethnicity are counted in the total row only. RRI: rate relative to the White group, "
            + "with a 95% confidence interval (log method). Find: an outcome linked to the object of search, or "
            + "where police.uk leaves that blank, any outcome other than no further action.";

    private final AnalyticsQueries queries;

    StopSearchTables(AnalyticsQueries queries) {
        this.queries = queries;
    }

    public InsightTable byMonth(LocalDate from, LocalDate to) {
        List<List<Object>> rows = new ArrayList<>();
        for (AnalyticsQueries.SearchCount c : queries.stopSearchesBy(StopSearchDimension.MONTH, from, to)) {
            rows.add(row(c.key(), c.searches(), c.finds(), pct(c.finds(), c.searches())));
        }
        return new InsightTable(Analysis.STOP_SEARCH_BY_MONTH.slug(), Analysis.STOP_SEARCH_BY_MONTH.title(),
                "Month of the search in London time.", List.of(Column.text("Month"), Column.number("Searches"),
                Column.number("Finds"), Column.number("Find rate (%)")), rows);
    }

    public InsightTable bySelfDefined(LocalDate from, LocalDate to) {
        Map<String, AnalyticsQueries.SearchCount> counts = byKey(StopSearchDimension.SELF_DEFINED_GROUP, from, to);
        Map<BroadEthnicGroup, long[]> broad = new java.util.EnumMap<>(BroadEthnicGroup.class);
        counts.forEach((key, c) -> {
            if (!key.isEmpty()) {
                long[] sums = broad.computeIfAbsent(EthnicGroup.valueOf(key).broad(), b -> new long[2]);
                sums[0] += c.searches();
                sums[1] += c.finds();
            }
        });
        return byBroadGroup(Analysis.STOP_SEARCH_SELF_DEFINED, broad, counts.get(""));
    }

    public InsightTable byOfficerDefined(LocalDate from, LocalDate to) {
        Map<String, AnalyticsQueries.SearchCount> counts = byKey(StopSearchDimension.OFFICER_DEFINED_GROUP, from, to);
        Map<BroadEthnicGroup, long[]> broad = new java.util.EnumMap<>(BroadEthnicGroup.class);
        counts.forEach((key, c) -> {
            if (!key.isEmpty()) {
                broad.put(BroadEthnicGroup.valueOf(key), new long[]{c.searches(), c.finds()});
            }
        });
        return byBroadGroup(Analysis.STOP_SEARCH_OFFICER_DEFINED, broad, counts.get(""));
    }

    private InsightTable byBroadGroup(Analysis analysis, Map<BroadEthnicGroup, long[]> counts,
                                      AnalyticsQueries.SearchCount notStated) {
        Populations population = new Populations(queries.population(FORCE_AREA));
        long[] white = counts.getOrDefault(BroadEthnicGroup.WHITE, new long[2]);
        long whitePopulation = population.of(BroadEthnicGroup.WHITE);
        List<List<Object>> rows = new ArrayList<>();
        for (BroadEthnicGroup group : BroadEthnicGroup.values()) {
            long[] c = counts.getOrDefault(group, new long[2]);
            long people = population.of(group);
            RateRatio rr = RateRatio.of(c[0], people, white[0], whitePopulation);
            rows.add(row(group.label(), c[0], people, rr.ratePerThousand(), rr.index(), rr.lower(), rr.upper(),
                    c[1], pct(c[1], c[0])));
        }
        long searches = counts.values().stream().mapToLong(c -> c[0]).sum()
                + (notStated == null ? 0 : notStated.searches());
        long finds = counts.values().stream().mapToLong(c -> c[1]).sum() + (notStated == null ? 0 : notStated.finds());
        long everyone = java.util.Arrays.stream(BroadEthnicGroup.values()).mapToLong(population::of).sum();
        rows.add(row("Not stated", notStated == null ? 0 : notStated.searches(), null, null, null, null, null,
                notStated == null ? 0 : notStated.finds(),
                notStated == null ? null : pct(notStated.finds(), notStated.searches())));
        rows.add(row("All", searches, everyone, RateRatio.perThousand(searches, everyone), null, null, null, finds,
                pct(finds, searches)));
        return new InsightTable(analysis.slug(), analysis.title(), NOTE, List.of(Column.text("Ethnic group"),
                Column.number("Searches"), Column.number("Population"), Column.number("Rate per 1,000"),
                Column.number("RRI vs White"), Column.number("RRI 95% CI lower"), Column.number("RRI 95% CI upper"),
                Column.number("Finds"), Column.number("Find rate (%)")), rows);
    }

    public InsightTable byDetailedGroup(LocalDate from, LocalDate to) {
        Map<String, AnalyticsQueries.SearchCount> counts = byKey(StopSearchDimension.SELF_DEFINED_GROUP, from, to);
        Populations population = new Populations(queries.population(FORCE_AREA));
        List<List<Object>> rows = new ArrayList<>();
        for (EthnicGroup group : EthnicGroup.values()) {
            AnalyticsQueries.SearchCount c = counts.getOrDefault(group.name(),
                    new AnalyticsQueries.SearchCount(group.name(), 0, 0));
            long people = population.of(group);
            rows.add(row(group.census(), c.searches(), people, RateRatio.perThousand(c.searches(), people),
                    c.finds(), pct(c.finds(), c.searches())));
        }
        return new InsightTable(Analysis.STOP_SEARCH_DETAILED.slug(), Analysis.STOP_SEARCH_DETAILED.title(),
                "police.uk has no Roma category (Roma people choose 'Any other White background'), so the Roma "
                        + "rate is always 0 and White: Other White is overstated.",
                List.of(Column.text("Census 2021 ethnic group"), Column.number("Searches"), Column.number("Population"),
                        Column.number("Rate per 1,000"), Column.number("Finds"), Column.number("Find rate (%)")),
                rows);
    }

    public InsightTable byAge(LocalDate from, LocalDate to) {
        Map<String, AnalyticsQueries.SearchCount> counts = byKey(StopSearchDimension.AGE_RANGE, from, to);
        Populations population = new Populations(queries.population(FORCE_AREA));
        List<List<Object>> rows = new ArrayList<>();
        Populations.AGE_BANDS.keySet().forEach(band -> {
            AnalyticsQueries.SearchCount c = counts.getOrDefault(band, new AnalyticsQueries.SearchCount(band, 0, 0));
            long people = population.ofAgeBand(band);
            rows.add(row(band, c.searches(), people, RateRatio.perThousand(c.searches(), people), c.finds(),
                    pct(c.finds(), c.searches())));
        });
        AnalyticsQueries.SearchCount unknown = counts.get("");
        rows.add(row("Not recorded", unknown == null ? 0 : unknown.searches(), null, null,
                unknown == null ? 0 : unknown.finds(), unknown == null ? null : pct(unknown.finds(), unknown.searches())));
        return new InsightTable(Analysis.STOP_SEARCH_BY_AGE.slug(), Analysis.STOP_SEARCH_BY_AGE.title(),
                "Denominators: Census 2021 usual residents of London by single year of age.",
                List.of(Column.text("Age band"), Column.number("Searches"), Column.number("Population"),
                        Column.number("Rate per 1,000"), Column.number("Finds"), Column.number("Find rate (%)")), rows);
    }

    public InsightTable byHourOfWeek(LocalDate from, LocalDate to) {
        long[][] grid = new long[7][24];
        queries.stopSearchesByHourOfWeek(from, to).forEach(c ->
                grid[Integer.parseInt(c.key()) - 1][Integer.parseInt(c.group())] += c.count());
        List<Column> columns = new ArrayList<>(List.of(Column.text("Day")));
        for (int h = 0; h < 24; h++) {
            columns.add(Column.number(String.format("%02d", h)));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            List<Object> row = new ArrayList<>();
            row.add(java.time.DayOfWeek.of(d + 1).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK));
            for (long n : grid[d]) {
                row.add(n);
            }
            rows.add(row);
        }
        return new InsightTable(Analysis.STOP_SEARCH_HOUR_OF_WEEK.slug(), Analysis.STOP_SEARCH_HOUR_OF_WEEK.title(),
                "Hour of the search in London time (police.uk gives UTC).", columns, rows);
    }

    private Map<String, AnalyticsQueries.SearchCount> byKey(StopSearchDimension dimension, LocalDate from,
                                                            LocalDate to) {
        Map<String, AnalyticsQueries.SearchCount> map = new HashMap<>();
        queries.stopSearchesBy(dimension, from, to).forEach(c -> map.put(c.key(), c));
        return map;
    }

    private static java.math.BigDecimal pct(long part, long whole) {
        return RateRatio.percent(part, whole);
    }

    /** Like List.of, but cells may be null (not available). */
    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
