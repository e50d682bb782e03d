package org.reachable.insight.analytics;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hotspot cells (from the derived cell table only), boundaries and schools for the map. */
@Repository
public class GeographyQueries {

    private final JdbcClient jdbc;

    GeographyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record CellCount(long cell, long incidents) {
    }

    /** Mapped by position: a map over London is ~23,000 hexagons. */
    private static final RowMapper<CellCount> CELL_COUNT = (rs, n) -> new CellCount(rs.getLong(1), rs.getLong(2));

    public record Area(String code, String name, String parentCode, String geometry) {
    }

    public record School(String urn, String name, double latitude, double longitude) {
    }

    /**
     * Incidents per map hexagon (H3 resolution 9) in the place: anywhere, near schools or on school routes. Whole
     * years and quarters are read from their own rows ({@link Periods}); a borough has its own text so its index is
     * used.
     */
    public List<CellCount> hexagons(String source, String place, LocalDate from, LocalDate to, String borough) {
        String sql = borough.isEmpty() ? """
                select hex as cell, sum(incidents) as incidents from insight_incident_hex
                where source = :source and place = :place
                  and ((months = 12 and month between :yearFrom and :yearTo)
                       or (months = 3 and (month between :headQuarterFrom and :headQuarterTo
                                           or month between :tailQuarterFrom and :tailQuarterTo))
                       or (months = 1 and (month between :headMonthFrom and :headMonthTo
                                           or month between :tailMonthFrom and :tailMonthTo)))
                group by hex""" : """
                select hex as cell, sum(incidents) as incidents from insight_incident_hex
                where source = :source and place = :place and borough_code = :borough
                  and ((months = 12 and month between :yearFrom and :yearTo)
                       or (months = 3 and (month between :headQuarterFrom and :headQuarterTo
                                           or month between :tailQuarterFrom and :tailQuarterTo))
                       or (months = 1 and (month between :headMonthFrom and :headMonthTo
                                           or month between :tailMonthFrom and :tailMonthTo)))
                group by hex""";
        return jdbc.sql(sql).params(Periods.of(from, to).params()).param("source", source).param("place", place)
                .param("borough", borough).query(CELL_COUNT).list();
    }

    /** Incidents by category within 400 m of a school and on routes between schools (flags set at import). */
    public record PlaceCount(String category, long nearSchool, long onRoute) {
    }

    public List<PlaceCount> byPlace(String source, LocalDate from, LocalDate to, String borough) {
        String sql = borough.isEmpty() ? """
                select category, sum(near_school) as near_school, sum(on_route) as on_route
                from insight_incident_place
                where source = :source and month between :from and :to
                group by category""" : """
                select category, sum(near_school) as near_school, sum(on_route) as on_route
                from insight_incident_place
                where source = :source and month between :from and :to and borough_code = :borough
                group by category""";
        return jdbc.sql(sql).param("source", source).param("from", from).param("to", to).param("borough", borough)
                .query(PlaceCount.class).list();
    }

    /** Months with any data from the source in the period (the divisor of "per month"). */
    public long monthsWithData(String source, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(distinct month) from insight_incident_month
                        where source = :source and month between :from and :to""")
                .param("source", source).param("from", from).param("to", to).query(Long.class).single();
    }

    /** kind BOROUGH, WARD or LSOA; for wards and LSOAs an empty borough means all of them. */
    public List<Area> areas(String kind, String borough) {
        return jdbc.sql("""
                        select code, name, parent_code, geometry from insight_area
                        where kind = :kind and (:borough = '' or parent_code = :borough or code = :borough)
                        order by code""")
                .param("kind", kind).param("borough", borough).query(Area.class).list();
    }

    public List<School> schools() {
        return jdbc.sql("select urn, name, latitude, longitude from insight_school order by name")
                .query(School.class).list();
    }

    public boolean hasSchools() {
        return jdbc.sql("select exists (select 1 from insight_school_cell)").query(Boolean.class).single();
    }
}
