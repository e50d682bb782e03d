package org.reachable.insight.analytics;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads only the derived tables (never raw incidents or searches), so each query touches at most a few hundred
 * thousand small rows whatever the size of the store. An empty borough means all boroughs.
 */
@Repository
public class AnalyticsQueries {

    private final JdbcClient jdbc;

    AnalyticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Count(String key, long count) {
    }

    public record KeyedCount(String key, String group, long count) {
    }

    /** Mapped by position: every LSOA in London is ~5,000 rows. */
    private static final RowMapper<KeyedCount> KEYED_COUNT = (rs, n) -> new KeyedCount(rs.getString(1),
            rs.getString(2), rs.getLong(3));

    public record SearchCount(String key, long searches, long finds) {
    }

    public List<Count> incidentsByMonth(String source, LocalDate from, LocalDate to, String borough) {
        return jdbc.sql("""
                        select to_char(month, 'YYYY-MM') as key, sum(incidents) as count from insight_incident_month
                        where source = :source and month between :from and :to
                          and (:borough = '' or borough_code = :borough)
                        group by month order by month""")
                .params(params(source, from, to, borough)).query(Count.class).list();
    }

    public List<Count> incidentsByType(String source, LocalDate from, LocalDate to, String borough) {
        return jdbc.sql("""
                        select category as key, sum(incidents) as count from insight_incident_month
                        where source = :source and month between :from and :to
                          and (:borough = '' or borough_code = :borough)
                        group by category order by count desc, category""")
                .params(params(source, from, to, borough)).query(Count.class).list();
    }

    /**
     * LSOA code with its borough code as the group; '' where the source gave no LSOA. Whole years come from the year
     * rows ({@link Periods}); a borough has its own text so its index is used.
     */
    public List<KeyedCount> incidentsByLsoa(String source, LocalDate from, LocalDate to, String borough) {
        String sql = borough.isEmpty() ? """
                select lsoa_code as key, borough_code as "group", sum(incidents) as count
                from insight_incident_lsoa
                where source = :source
                  and ((months = 12 and month between :yearFrom and :yearTo)
                       or (months = 3 and (month between :headQuarterFrom and :headQuarterTo
                                           or month between :tailQuarterFrom and :tailQuarterTo))
                       or (months = 1 and (month between :headMonthFrom and :headMonthTo
                                           or month between :tailMonthFrom and :tailMonthTo)))
                group by lsoa_code, borough_code order by count desc, lsoa_code""" : """
                select lsoa_code as key, borough_code as "group", sum(incidents) as count
                from insight_incident_lsoa
                where source = :source and borough_code = :borough
                  and ((months = 12 and month between :yearFrom and :yearTo)
                       or (months = 3 and (month between :headQuarterFrom and :headQuarterTo
                                           or month between :tailQuarterFrom and :tailQuarterTo))
                       or (months = 1 and (month between :headMonthFrom and :headMonthTo
                                           or month between :tailMonthFrom and :tailMonthTo)))
                group by lsoa_code, borough_code order by count desc, lsoa_code""";
        return jdbc.sql(sql).params(Periods.of(from, to).params()).param("source", source)
                .param("borough", borough).query(KEYED_COUNT).list();
    }

    public List<Count> incidentsByBorough(String source, LocalDate from, LocalDate to, String borough) {
        return jdbc.sql("""
                        select borough_code as key, sum(incidents) as count from insight_incident_month
                        where source = :source and month between :from and :to
                          and (:borough = '' or borough_code = :borough)
                        group by borough_code order by borough_code""")
                .params(params(source, from, to, borough)).query(Count.class).list();
    }

    /** Category with month (YYYY-MM) as the group. */
    public List<KeyedCount> incidentsByTypeAndMonth(String source, LocalDate from, LocalDate to, String borough) {
        return jdbc.sql("""
                        select category as key, to_char(month, 'YYYY-MM') as "group", sum(incidents) as count
                        from insight_incident_month
                        where source = :source and month between :from and :to
                          and (:borough = '' or borough_code = :borough)
                        group by category, month""")
                .params(params(source, from, to, borough)).query(KeyedCount.class).list();
    }

    public List<SearchCount> stopSearchesBy(StopSearchDimension dimension, LocalDate from, LocalDate to) {
        return jdbc.sql(dimension.sql()).param("from", from).param("to", to).query(SearchCount.class).list();
    }

    /** Day of week (1 = Monday) as key, hour as group. */
    public List<KeyedCount> stopSearchesByHourOfWeek(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select day_of_week::text as key, hour::text as "group", sum(searches) as count
                        from insight_stop_search_hour where month between :from and :to
                        group by day_of_week, hour""")
                .param("from", from).param("to", to).query(KeyedCount.class).list();
    }

    /** Population by Census ethnic group (key) and single year of age (group); suppressed cells count as 0. */
    public List<KeyedCount> population(String geographyCode) {
        return jdbc.sql("""
                        select ethnic_group as key, age::text as "group", coalesce(people, 0) as count
                        from insight_population where geography_code = :code""")
                .param("code", geographyCode).query(KeyedCount.class).list();
    }

    /** Usual residents of every area (derived at census import: the census table has ~650,000 rows). */
    public List<Count> populationByArea() {
        return jdbc.sql("select geography_code as key, people as count from insight_population_area")
                .query(Count.class).list();
    }

    public java.util.Optional<LocalDate> latestMonth(String source, String borough) {
        return jdbc.sql("""
                        select max(month) from insight_incident_month
                        where source = :source and (:borough = '' or borough_code = :borough)""")
                .param("source", source).param("borough", borough).query(LocalDate.class).optional();
    }

    private static java.util.Map<String, Object> params(String source, LocalDate from, LocalDate to,
                                                         String borough) {
        return java.util.Map.of("source", source, "from", from, "to", to, "borough", borough);
    }
}
