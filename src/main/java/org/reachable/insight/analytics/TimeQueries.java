package org.reachable.insight.analytics;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the derived day table (partner sources with days, and times where known). Empty borough = all. */
@Repository
public class TimeQueries {

    private final JdbcClient jdbc;

    TimeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** ISO day of week (1 = Monday) and hour (-1 = no time given). */
    public record WeekHour(int dayOfWeek, int hour, long incidents) {
    }

    /** One day's incidents, those from 15:00 to 18:59 (fromHour to toHour) and those without a time. */
    public record Day(LocalDate day, long incidents, long inWindow, long untimed) {
    }

    public record Grouped(String source, String key, String group, long incidents) {
    }

    /** Summed in SQL to at most 7 x 25 rows; a borough has its own text so its index is used. */
    public List<WeekHour> byDayOfWeekAndHour(String source, LocalDate from, LocalDate to, String borough) {
        String sql = borough.isEmpty() ? """
                select extract(isodow from day)::int as day_of_week, hour, sum(incidents) as incidents
                from insight_incident_day
                where source = :source and month between :from and :to
                group by 1, 2""" : """
                select extract(isodow from day)::int as day_of_week, hour, sum(incidents) as incidents
                from insight_incident_day
                where source = :source and month between :from and :to and borough_code = :borough
                group by 1, 2""";
        return jdbc.sql(sql).param("source", source).param("from", from).param("to", to).param("borough", borough)
                .query((rs, n) -> new WeekHour(rs.getInt(1), rs.getInt(2), rs.getLong(3))).list();
    }

    /** One row per day with data (the school calendar is applied by the caller). */
    public List<Day> byDay(String source, LocalDate from, LocalDate to, String borough, int fromHour, int toHour) {
        String sql = borough.isEmpty() ? """
                select day, sum(incidents) as incidents,
                       coalesce(sum(incidents) filter (where hour between :fromHour and :toHour), 0) as in_window,
                       coalesce(sum(incidents) filter (where hour < 0), 0) as untimed
                from insight_incident_day
                where source = :source and month between :from and :to
                group by day""" : """
                select day, sum(incidents) as incidents,
                       coalesce(sum(incidents) filter (where hour between :fromHour and :toHour), 0) as in_window,
                       coalesce(sum(incidents) filter (where hour < 0), 0) as untimed
                from insight_incident_day
                where source = :source and month between :from and :to and borough_code = :borough
                group by day""";
        return jdbc.sql(sql).param("source", source).param("from", from).param("to", to).param("borough", borough)
                .param("fromHour", fromHour).param("toHour", toHour)
                .query((rs, n) -> new Day(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4))).list();
    }

    /** Months (YYYY-MM) with data from the source in the period. */
    public List<LocalDate> months(String source, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select distinct month from insight_incident_month
                        where source = :source and month between :from and :to order by month""")
                .param("source", source).param("from", from).param("to", to).query(LocalDate.class).list();
    }

    /** Knife or sharp-object injuries (ED, ambulance) by source, month (key) and age band (group). */
    public List<Grouped> knifeInjuriesByMonth(String knife, LocalDate from, LocalDate to, String borough) {
        return jdbc.sql("""
                        select source, to_char(month, 'YYYY-MM') as key, age_band as "group",
                               sum(incidents) as incidents
                        from insight_incident_day
                        where source in ('ED_ASSAULT', 'AMBULANCE') and category = :knife
                          and month between :from and :to and (:borough = '' or borough_code = :borough)
                        group by source, month, age_band""")
                .param("knife", knife).param("from", from).param("to", to).param("borough", borough)
                .query(Grouped.class).list();
    }

    /** Exclusions: reason code (key) by category (group). */
    public List<Grouped> exclusionsByReason(LocalDate from, LocalDate to, String borough) {
        return jdbc.sql("""
                        select source, detail as key, category as "group", sum(incidents) as incidents
                        from insight_incident_day
                        where source = 'SCHOOL_EXCLUSION' and month between :from and :to
                          and (:borough = '' or borough_code = :borough)
                        group by source, detail, category""")
                .param("from", from).param("to", to).param("borough", borough).query(Grouped.class).list();
    }

    /** Every source's incidents by borough (key), from the month table. */
    public List<Grouped> bySourceAndBorough(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select source, borough_code as key, '' as "group", sum(incidents) as incidents
                        from insight_incident_month where month between :from and :to and source <> 'STOP_AND_SEARCH'
                        group by source, borough_code""")
                .param("from", from).param("to", to).query(Grouped.class).list();
    }
}
