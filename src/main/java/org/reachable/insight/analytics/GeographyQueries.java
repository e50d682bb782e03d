package org.reachable.insight.analytics;

import java.time.LocalDate;
import java.util.List;
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

    public record Area(String code, String name, String parentCode, String geometry) {
    }

    public record School(String urn, String name, double latitude, double longitude) {
    }

    /**
     * Incidents per map hexagon (H3 resolution 9). The parent of a resolution-10 cell is computed in SQL from the H3
     * bit layout (resolution in bits 52-55; the resolution-10 digit, bits 15-17, set to 7 = unused), as in V18.
     */
    public List<CellCount> hexagons(String source, LocalDate from, LocalDate to, String borough) {
        return jdbc.sql("""
                        select hex as cell, sum(incidents) as incidents from insight_incident_hex
                        where source = :source and month between :from and :to
                          and (:borough = '' or borough_code = :borough)
                        group by hex""")
                .param("source", source).param("from", from).param("to", to).param("borough", borough)
                .query(CellCount.class).list();
    }

    /** Map hexagons counting only the cells within 400 m of a secondary school. */
    public List<CellCount> hexagonsNearSchools(String source, LocalDate from, LocalDate to, String borough) {
        return jdbc.sql("""
                        select (c.h3_cell & ~(15::bigint << 52)) | (9::bigint << 52) | (7::bigint << 15) as cell,
                               sum(c.incidents) as incidents
                        from (select distinct h3_cell from insight_school_cell) s
                        join insight_incident_cell c on c.h3_cell = s.h3_cell
                        where c.source = :source and c.month between :from and :to
                          and (:borough = '' or c.borough_code = :borough)
                        group by 1""")
                .param("source", source).param("from", from).param("to", to).param("borough", borough)
                .query(CellCount.class).list();
    }

    /** Map hexagons counting only the cells on routes between secondary schools. */
    public List<CellCount> hexagonsOnSchoolRoutes(String source, LocalDate from, LocalDate to, String borough) {
        return jdbc.sql("""
                        select (c.h3_cell & ~(15::bigint << 52)) | (9::bigint << 52) | (7::bigint << 15) as cell,
                               sum(c.incidents) as incidents
                        from insight_route_cell r
                        join insight_incident_cell c on c.h3_cell = r.h3_cell
                        where c.source = :source and c.month between :from and :to
                          and (:borough = '' or c.borough_code = :borough)
                        group by 1""")
                .param("source", source).param("from", from).param("to", to).param("borough", borough)
                .query(CellCount.class).list();
    }

    /** Incidents by category within 400 m of a school and on routes (cells looked up by the small cell sets). */
    public record PlaceCount(String category, long nearSchool, long onRoute) {
    }

    public List<PlaceCount> byPlace(String source, LocalDate from, LocalDate to, String borough) {
        return jdbc.sql("""
                        with near as (
                            select c.category, sum(c.incidents) as n
                            from (select distinct h3_cell from insight_school_cell) s
                            join insight_incident_cell c on c.h3_cell = s.h3_cell
                            where c.source = :source and c.month between :from and :to
                              and (:borough = '' or c.borough_code = :borough)
                            group by c.category),
                        route as (
                            select c.category, sum(c.incidents) as n
                            from insight_route_cell r
                            join insight_incident_cell c on c.h3_cell = r.h3_cell
                            where c.source = :source and c.month between :from and :to
                              and (:borough = '' or c.borough_code = :borough)
                            group by c.category)
                        select coalesce(near.category, route.category) as category,
                               coalesce(near.n, 0) as near_school, coalesce(route.n, 0) as on_route
                        from near full join route on route.category = near.category""")
                .param("source", source).param("from", from).param("to", to).param("borough", borough)
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
