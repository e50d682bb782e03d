package org.reachable.insight.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rebuilds the derived tables for the months just imported, inside the import's transaction, so dashboards never
 * read raw rows and never see a month half-refreshed. Cost is proportional to the months imported (and, for the
 * year rows, to the months of those years in the derived tables), not to the store. A re-imported month is deleted
 * and rebuilt, so nothing is counted twice (docs/decisions/0002 and 0004).
 */
@Repository
public class AnalyticsRefresh {

    private static final List<String> EVERY_PLACE = List.of("ANYWHERE", "NEAR_SCHOOL", "SCHOOL_ROUTE");
    private static final List<String> SCHOOL_PLACES = List.of("NEAR_SCHOOL", "SCHOOL_ROUTE");

    private final JdbcClient jdbc;

    AnalyticsRefresh(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void incidents(String source, List<LocalDate> months) {
        jdbc.sql("delete from insight_incident_month where source = :source and month in (:months)")
                .param("source", source).param("months", months).update();
        jdbc.sql("delete from insight_incident_place where source = :source and month in (:months)")
                .param("source", source).param("months", months).update();
        jdbc.sql("delete from insight_incident_day where source = :source and month in (:months)")
                .param("source", source).param("months", months).update();
        jdbc.sql("delete from insight_incident_lsoa where source = :source and months = 1 and month in (:months)")
                .param("source", source).param("months", months).update();
        jdbc.sql("delete from insight_incident_hex where source = :source and months = 1 and month in (:months)")
                .param("source", source).param("months", months).update();
        jdbc.sql("""
                insert into insight_incident_month (source, month, borough_code, category, incidents)
                select source, month, coalesce(borough_code, ''), category, count(*)
                from insight_incident where source = :source and month in (:months)
                group by source, month, coalesce(borough_code, ''), category""")
                .param("source", source).param("months", months).update();
        jdbc.sql("""
                insert into insight_incident_lsoa (source, months, month, borough_code, lsoa_code, incidents)
                select source, 1, month, coalesce(borough_code, ''), coalesce(lsoa_code, ''), count(*)
                from insight_incident where source = :source and month in (:months)
                group by source, month, coalesce(borough_code, ''), coalesce(lsoa_code, '')""")
                .param("source", source).param("months", months).update();
        insertHexagons(source, months, EVERY_PLACE);
        insertPlaceCounts(source, months);
        jdbc.sql("""
                insert into insight_incident_day (source, month, day, hour, borough_code, category, detail, age_band,
                                                  incidents)
                select source, month, occurred_on, coalesce(extract(hour from occurred_at), -1),
                       coalesce(borough_code, ''), category, coalesce(detail, ''),
                       case when age is null then '' when age < 18 then :under18 when age < 25 then :young
                            else :older end,
                       count(*)
                from insight_incident where source = :source and month in (:months) and occurred_on is not null
                group by 1, 2, 3, 4, 5, 6, 7, 8""")
                .param("source", source).param("months", months).param("under18", AgeBand.UNDER_18.label())
                .param("young", AgeBand.FROM_18_TO_24.label()).param("older", AgeBand.FROM_25.label()).update();
        for (Period period : periodsOf(months)) {
            rollUpLsoa(source, period);
            rollUpHexagons(source, period, EVERY_PLACE);
        }
    }

    /**
     * After the school list (and so the near-school and route cells) changed: rebuilds the near-school and
     * school-route counts of every source and month from the raw rows. A whole-store job, but school lists change
     * once a year or so, and it runs in the school import's transaction.
     */
    public void schoolPlaces() {
        jdbc.sql("delete from insight_incident_place").update();
        jdbc.sql("delete from insight_incident_hex where place in (:places)").param("places", SCHOOL_PLACES).update();
        Map<String, List<LocalDate>> monthsBySource = jdbc
                .sql("select distinct source, month from insight_incident_month")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getDate(2).toLocalDate())).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        monthsBySource.forEach((source, months) -> {
            insertHexagons(source, months, SCHOOL_PLACES);
            insertPlaceCounts(source, months);
            periodsOf(months).forEach(period -> rollUpHexagons(source, period, SCHOOL_PLACES));
        });
    }

    /**
     * Month rows of the map hexagons for the given places. Near-school and route are tested with {@code in (select
     * ...)} on the small cell sets, which PostgreSQL runs as a hash lookup per row whatever its row estimates: as a
     * join, a fresh table without statistics once got a nested loop over every school cell (140 s for one month).
     */
    private void insertHexagons(String source, List<LocalDate> months, List<String> places) {
        jdbc.sql("""
                insert into insight_incident_hex (source, place, months, month, borough_code, hex, incidents)
                select i.source, p.place, 1, i.month, coalesce(i.borough_code, ''),
                       (i.h3_cell & ~(15::bigint << 52)) | (9::bigint << 52) | (7::bigint << 15), count(*)
                from insight_incident i
                cross join lateral (
                    values ('ANYWHERE', true),
                           ('NEAR_SCHOOL', i.h3_cell in (select h3_cell from insight_school_cell)),
                           ('SCHOOL_ROUTE', i.h3_cell in (select h3_cell from insight_route_cell))) p (place, applies)
                where i.source = :source and i.month in (:months) and i.h3_cell is not null
                  and p.applies and p.place in (:places)
                group by 1, 2, 4, 5, 6""")
                .param("source", source).param("months", months).param("places", places).update();
    }

    private void insertPlaceCounts(String source, List<LocalDate> months) {
        jdbc.sql("""
                insert into insight_incident_place (source, month, borough_code, category, near_school, on_route)
                select source, month, borough_code, category, count(*) filter (where near_school),
                       count(*) filter (where on_route)
                from (select source, month, coalesce(borough_code, '') as borough_code, category,
                             h3_cell in (select h3_cell from insight_school_cell) as near_school,
                             h3_cell in (select h3_cell from insight_route_cell) as on_route
                      from insight_incident
                      where source = :source and month in (:months) and h3_cell is not null) flagged
                where near_school or on_route
                group by 1, 2, 3, 4""")
                .param("source", source).param("months", months).update();
    }

    /** A quarter (months = 3) or a year (months = 12) starting at first. */
    private record Period(int months, LocalDate first) {

        LocalDate last() {
            return first.plusMonths(months - 1);
        }
    }

    /** The quarters and years the months fall in: their rows are rebuilt after the months'. */
    private static List<Period> periodsOf(List<LocalDate> months) {
        return months.stream().flatMap(m -> java.util.stream.Stream.of(new Period(3, Periods.quarterStart(m)),
                new Period(12, m.withMonth(1)))).distinct().toList();
    }

    /** A quarter or year row is the sum of its month rows, rebuilt whole (a month may have been replaced). */
    private void rollUpLsoa(String source, Period period) {
        jdbc.sql("""
                delete from insight_incident_lsoa where source = :source and months = :months and month = :first""")
                .param("source", source).param("months", period.months()).param("first", period.first()).update();
        jdbc.sql("""
                insert into insight_incident_lsoa (source, months, month, borough_code, lsoa_code, incidents)
                select source, :months, :first, borough_code, lsoa_code, sum(incidents)
                from insight_incident_lsoa
                where source = :source and months = 1 and month between :first and :last
                group by source, borough_code, lsoa_code""")
                .param("source", source).param("months", period.months()).param("first", period.first())
                .param("last", period.last()).update();
    }

    private void rollUpHexagons(String source, Period period, List<String> places) {
        jdbc.sql("""
                delete from insight_incident_hex
                where source = :source and place in (:places) and months = :months and month = :first""")
                .param("source", source).param("places", places).param("months", period.months())
                .param("first", period.first()).update();
        jdbc.sql("""
                insert into insight_incident_hex (source, place, months, month, borough_code, hex, incidents)
                select source, place, :months, :first, borough_code, hex, sum(incidents)
                from insight_incident_hex
                where source = :source and place in (:places) and months = 1 and month between :first and :last
                group by source, place, borough_code, hex""")
                .param("source", source).param("places", places).param("months", period.months())
                .param("first", period.first()).param("last", period.last()).update();
    }

    public void stopSearches(List<LocalDate> months) {
        jdbc.sql("delete from insight_stop_search_month where month in (:months)").param("months", months).update();
        jdbc.sql("delete from insight_stop_search_hour where month in (:months)").param("months", months).update();
        jdbc.sql("""
                insert into insight_stop_search_month (month, self_group, officer_group, sex, age_range, searches,
                                                       finds)
                select month, coalesce(self_group, ''), coalesce(officer_defined, ''), coalesce(sex, ''),
                       coalesce(age_range, ''), count(*), count(*) filter (where found)
                from insight_stop_search where month in (:months)
                group by 1, 2, 3, 4, 5""").param("months", months).update();
        jdbc.sql("""
                insert into insight_stop_search_hour (month, day_of_week, hour, searches)
                select month, extract(isodow from occurred_at at time zone 'Europe/London'),
                       extract(hour from occurred_at at time zone 'Europe/London'), count(*)
                from insight_stop_search where month in (:months)
                group by 1, 2, 3""").param("months", months).update();
    }
}
