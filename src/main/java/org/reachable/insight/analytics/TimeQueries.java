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

    /** hour -1 = no time given. */
    public record DayHour(LocalDate day, int hour, long incidents) {
    }

    public record Grouped(String source, String key, String group, long incidents) {
    }

    public List<DayHour> byDayAndHour(String source, LocalDate from, LocalDate to, String borough) {
        return jdbc.sql("""
                        select day, hour, sum(incidents) as incidents from insight_incident_day
                        where source = :source and month between :from and :to
                          and (:borough = '' or borough_code = :borough)
                        group by day, hour""")
                .param("source", source).param("from", from).param("to", to).param("borough", borough)
                .query(DayHour.class).list();
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
