package org.reachable.insight.analytics;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Monthly series for the rise detector, from the derived tables only. */
@Repository
public class PatternQueries {

    private final JdbcClient jdbc;

    PatternQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One month of one series: area (borough or LSOA code), group (category, age band, window) and count. */
    public record Point(String area, String group, LocalDate month, long incidents) {
    }

    /** Mapped by position: the LSOA series are ~150,000 rows, and the reflective record mapper cost more than SQL. */
    private static final RowMapper<Point> POINT = (rs, n) -> new Point(rs.getString(1), rs.getString(2),
            rs.getObject(3, LocalDate.class), rs.getLong(4));

    public record SourceSpan(String source, LocalDate first, LocalDate last) {
    }

    public List<SourceSpan> spans() {
        return jdbc.sql("""
                        select source, min(month) as first, max(month) as last from insight_incident_month
                        group by source order by source""").query(SourceSpan.class).list();
    }

    public List<Point> boroughByCategory(String source, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select borough_code as area, category as "group", month, sum(incidents) as incidents
                        from insight_incident_month
                        where source = :source and month between :from and :to and borough_code <> ''
                        group by borough_code, category, month""")
                .param("source", source).param("from", from).param("to", to).query(POINT).list();
    }

    public List<Point> lsoa(String source, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select lsoa_code as area, '' as "group", month, sum(incidents) as incidents
                        from insight_incident_lsoa
                        where source = :source and months = 1 and month between :from and :to and lsoa_code <> ''
                        group by lsoa_code, month""")
                .param("source", source).param("from", from).param("to", to).query(POINT).list();
    }

    public List<Point> boroughByAgeBand(String source, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select borough_code as area, age_band as "group", month, sum(incidents) as incidents
                        from insight_incident_day
                        where source = :source and month between :from and :to and borough_code <> ''
                          and age_band <> ''
                        group by borough_code, age_band, month""")
                .param("source", source).param("from", from).param("to", to).query(POINT).list();
    }

    /** Incidents from 15:00 to 18:59 by borough and day (month holds the day); the caller keeps school days. */
    public List<Point> afterSchoolByDay(String source, LocalDate from, LocalDate to, int fromHour, int toHour) {
        return jdbc.sql("""
                        select borough_code as area, '' as "group", day as month, sum(incidents) as incidents
                        from insight_incident_day
                        where source = :source and month between :from and :to and borough_code <> ''
                          and hour between :fromHour and :toHour
                        group by borough_code, day""")
                .param("source", source).param("from", from).param("to", to).param("fromHour", fromHour)
                .param("toHour", toHour).query(POINT).list();
    }
}
