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

    /** Incidents per resolution-10 cell; place is ANYWHERE, NEAR_SCHOOL or SCHOOL_ROUTE. Empty borough = all. */
    public List<CellCount> cells(String source, LocalDate from, LocalDate to, String borough, String place) {
        return jdbc.sql("""
                        select h3_cell as cell, sum(incidents) as incidents from insight_incident_cell c
                        where source = :source and month between :from and :to
                          and (:borough = '' or borough_code = :borough)
                          and (:place = 'ANYWHERE'
                               or (:place = 'NEAR_SCHOOL'
                                   and exists (select 1 from insight_school_cell s where s.h3_cell = c.h3_cell))
                               or (:place = 'SCHOOL_ROUTE'
                                   and exists (select 1 from insight_route_cell r where r.h3_cell = c.h3_cell)))
                        group by h3_cell""")
                .param("source", source).param("from", from).param("to", to).param("borough", borough)
                .param("place", place).query(CellCount.class).list();
    }

    /** Incidents by category near schools, on routes, and in all (for incidents with a map point). */
    public record PlaceCount(String category, long nearSchool, long onRoute, long mapped) {
    }

    public List<PlaceCount> byPlace(String source, LocalDate from, LocalDate to, String borough) {
        return jdbc.sql("""
                        select category,
                               coalesce(sum(incidents) filter (where exists
                                   (select 1 from insight_school_cell s where s.h3_cell = c.h3_cell)), 0) as near_school,
                               coalesce(sum(incidents) filter (where exists
                                   (select 1 from insight_route_cell r where r.h3_cell = c.h3_cell)), 0) as on_route,
                               sum(incidents) as mapped
                        from insight_incident_cell c
                        where source = :source and month between :from and :to
                          and (:borough = '' or borough_code = :borough)
                        group by category order by category""")
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
