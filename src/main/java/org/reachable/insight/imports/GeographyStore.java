package org.reachable.insight.imports;

import java.util.List;
import java.util.Map;
import org.reachable.platform.database.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Boundaries and schools, with the cells near schools and on routes between them. Each load replaces what it covers. */
@Repository
public class GeographyStore {

    private final JdbcClient jdbc;
    private final BulkCopy bulk;

    GeographyStore(JdbcClient jdbc, BulkCopy bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public void replaceAreas(List<Boundaries.Area> areas) {
        if (areas.isEmpty()) {
            return;
        }
        jdbc.sql("delete from insight_area where code in (:codes)")
                .param("codes", areas.stream().map(Boundaries.Area::code).toList()).update();
        bulk.copy("copy insight_area (code, name, kind, parent_code, geometry) from stdin (format csv)",
                () -> areas.stream().map(a -> new Object[]{a.code(), a.name(), a.kind(), a.parentCode(),
                        a.geometry()}).iterator());
    }

    /** The school list is one consistent table: a new list replaces the old one and its cells. */
    public void replaceSchools(List<SchoolsParser.School> schools, List<SchoolSurroundings.SchoolCell> near,
                               Map<Long, Integer> routes) {
        jdbc.sql("delete from insight_school_cell").update();
        jdbc.sql("delete from insight_route_cell").update();
        jdbc.sql("delete from insight_school").update();
        bulk.copy("copy insight_school (urn, name, latitude, longitude) from stdin (format csv)",
                () -> schools.stream().map(s -> new Object[]{s.urn(), s.name(), s.latitude(), s.longitude()})
                        .iterator());
        bulk.copy("copy insight_school_cell (urn, h3_cell) from stdin (format csv)",
                () -> near.stream().distinct().map(c -> new Object[]{c.urn(), c.cell()}).iterator());
        bulk.copy("copy insight_route_cell (h3_cell, routes) from stdin (format csv)",
                () -> routes.entrySet().stream().map(e -> new Object[]{e.getKey(), e.getValue()}).iterator());
    }
}
