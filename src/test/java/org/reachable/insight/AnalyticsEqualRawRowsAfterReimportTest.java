package org.reachable.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.uber.h3core.H3Core;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The derived tables (month, quarter and year rows, map hexagons anywhere, near schools and on school routes,
 * LSOAs) equal a computation straight from the raw rows in Java (H3's own parent cell, the school and route cell
 * sets) after a year is imported, one of its months is re-imported with other rows, a month of the next year is
 * added, and the school list is loaded again. The dashboard's hotspot and LSOA answers over a range with a whole
 * year in it, and over one with quarters and single months, equal the same computation. Uses 1993-1994, far from
 * the public data's months.
 */
@ReachableTest
class AnalyticsEqualRawRowsAfterReimportTest {

    private static final String HEADER = "Crime ID,Month,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,"
            + "Borough\n";
    private static final String[] TYPES = {"Robbery", "Burglary", "Drugs", "Violence and sexual offences"};
    private static final String[][] PLACES = {{"Islington", "E01002696"}, {"Islington", "E01002700"},
            {"Waltham Forest", "E01004329"}, {"Hackney", "E01001710"}};
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    InsightImports imports;
    @Autowired
    TestBorough borough;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    private final Random random = new Random(1993);
    private final H3Core h3 = h3();

    @Test
    void derivedTablesEqualTheRawRowsAfterAReimportAndASchoolReload() throws Exception {
        if (SharedData.available()) {
            SharedData.importGeographyOnce(imports);
        }
        StringBuilder year = new StringBuilder(HEADER);
        for (int m = 1; m <= 12; m++) {
            year.append(rows(String.format("1993-%02d", m), 150));
        }
        assertThat(imports.streetCrime(write("1993.csv", year), false, n -> { }).rowsLoaded()).isEqualTo(1800);
        assertThat(imports.streetCrime(write("1993-05.csv", new StringBuilder(HEADER).append(rows("1993-05", 60))),
                false, n -> { }).months()).extracting(Object::toString).containsExactly("1993-05");
        imports.streetCrime(write("1994-01.csv", new StringBuilder(HEADER).append(rows("1994-01", 90))), false,
                n -> { });
        assertThat(count("select count(*) from insight_incident where month between '1993-01-01' and '1994-12-01'"))
                .as("May replaced, not added to").isEqualTo(1800 - 150 + 60 + 90);

        assertDerivedTablesEqualRawRows();
        assertThat(hexagonsFromRawRows("NEAR_SCHOOL", 1)).as("some incidents are near a school")
                .isNotEmpty();

        if (SharedData.available()) {
            imports.schools(SharedData.schools(), n -> { });
            assertDerivedTablesEqualRawRows();
        }

        WebSession analyst = WebSession.signIn(port, borough.build().username("analyst"), TestBorough.PASSWORD);
        for (String place : List.of("anywhere", "near-school", "school-route")) {
            JsonNode map = JSON.readTree(analyst.get("/api/v1/insight/hotspots?from=1993-01&to=1994-01&place="
                    + place).body());
            Map<Long, Long> shown = new TreeMap<>();
            map.path("hotspots").forEach(h -> shown.put(h3.stringToH3(h.path("cell").asText()),
                    h.path("incidents").asLong()));
            assertThat(shown).as(place).isEqualTo(total(hexagonsFromRawRows(dbPlace(place), 1)));
        }
        JsonNode partYear = JSON.readTree(analyst.get("/api/v1/insight/hotspots?from=1993-02&to=1993-11").body());
        Map<Long, Long> shown = new TreeMap<>();
        partYear.path("hotspots").forEach(h -> shown.put(h3.stringToH3(h.path("cell").asText()),
                h.path("incidents").asLong()));
        Map<String, Long> expected = hexagonsFromRawRows("ANYWHERE", 1);
        expected.keySet().removeIf(k -> k.startsWith("1993-01") || k.startsWith("1993-12") || k.startsWith("1994"));
        assertThat(shown).as("February to November 1993: months and quarters").isEqualTo(total(expected));
        JsonNode lsoas = JSON.readTree(analyst.get("/api/v1/insight/tables/incidents-by-lsoa?from=1993-01&to=1994-01"
                + "&borough=E09000019").body());
        Map<String, Long> lsoaCounts = new TreeMap<>();
        lsoas.path("rows").forEach(r -> lsoaCounts.put(r.get(0).asText(), r.get(2).asLong()));
        assertThat(lsoaCounts).isEqualTo(Map.of("E01002696", count("""
                        select count(*) from insight_incident where source = 'STREET_CRIME'
                        and month between '1993-01-01' and '1994-01-01' and lsoa_code = 'E01002696'"""),
                "E01002700", count("""
                        select count(*) from insight_incident where source = 'STREET_CRIME'
                        and month between '1993-01-01' and '1994-01-01' and lsoa_code = 'E01002700'""")));
    }

    private void assertDerivedTablesEqualRawRows() {
        for (String place : List.of("ANYWHERE", "NEAR_SCHOOL", "SCHOOL_ROUTE")) {
            for (int level : List.of(1, 3, 12)) {
                assertThat(hexagonsFromTable(place, level)).as(place + " rows of " + level + " month(s)")
                        .isEqualTo(hexagonsFromRawRows(place, level));
            }
        }
        assertThat(rows("""
                select month || ' ' || borough_code || ' ' || lsoa_code as key, incidents from insight_incident_lsoa
                where source = 'STREET_CRIME' and months = 1 and month between '1993-01-01' and '1994-12-01'"""))
                .isEqualTo(rows("""
                        select month || ' ' || borough_code || ' ' || lsoa_code as key, count(*) from insight_incident
                        where source = 'STREET_CRIME' and month between '1993-01-01' and '1994-12-01'
                        group by 1"""));
        for (String unit : List.of("quarter", "year")) {
            assertThat(rows("""
                    select month || ' ' || borough_code || ' ' || lsoa_code as key, incidents from insight_incident_lsoa
                    where source = 'STREET_CRIME' and months = :months
                      and month between '1993-01-01' and '1994-12-01'""",
                    Map.of("months", unit.equals("year") ? 12 : 3)))
                    .as("LSOA " + unit + " rows").isEqualTo(rows("""
                            select date_trunc(:unit, month)::date || ' ' || borough_code || ' ' || lsoa_code as key,
                                   count(*)
                            from insight_incident
                            where source = 'STREET_CRIME' and month between '1993-01-01' and '1994-12-01'
                            group by 1""", Map.of("unit", unit)));
        }
        assertThat(rows("""
                select month || ' ' || borough_code || ' ' || category as key, incidents from insight_incident_month
                where source = 'STREET_CRIME' and month between '1993-01-01' and '1994-12-01'"""))
                .isEqualTo(rows("""
                        select month || ' ' || borough_code || ' ' || category as key, count(*) from insight_incident
                        where source = 'STREET_CRIME' and month between '1993-01-01' and '1994-12-01'
                        group by 1"""));
        Map<String, Long> expectedNear = new TreeMap<>();
        Map<String, Long> expectedRoute = new TreeMap<>();
        Set<Long> near = cells("select h3_cell from insight_school_cell");
        Set<Long> route = cells("select h3_cell from insight_route_cell");
        for (RawRow r : rawRows()) {
            String key = r.month() + " " + r.borough() + " " + r.category();
            expectedNear.merge(key, near.contains(r.cell()) ? 1L : 0L, Long::sum);
            expectedRoute.merge(key, route.contains(r.cell()) ? 1L : 0L, Long::sum);
        }
        expectedNear.keySet().removeIf(k -> expectedNear.get(k) == 0 && expectedRoute.get(k) == 0);
        expectedRoute.keySet().retainAll(expectedNear.keySet());
        assertThat(rows("""
                select month || ' ' || borough_code || ' ' || category as key, near_school from insight_incident_place
                where source = 'STREET_CRIME' and month between '1993-01-01' and '1994-12-01'""")).as("near school")
                .isEqualTo(expectedNear);
        assertThat(rows("""
                select month || ' ' || borough_code || ' ' || category as key, on_route from insight_incident_place
                where source = 'STREET_CRIME' and month between '1993-01-01' and '1994-12-01'""")).as("on routes")
                .isEqualTo(expectedRoute);
    }

    /** period (month, quarter or year) + borough + hexagon -> incidents, from the raw rows with H3's own parent. */
    private Map<String, Long> hexagonsFromRawRows(String place, int level) {
        Set<Long> cells = switch (place) {
            case "NEAR_SCHOOL" -> cells("select h3_cell from insight_school_cell");
            case "SCHOOL_ROUTE" -> cells("select h3_cell from insight_route_cell");
            default -> null;
        };
        Map<String, Long> counts = new TreeMap<>();
        for (RawRow r : rawRows()) {
            if (cells == null || cells.contains(r.cell())) {
                LocalDate period = r.month().withMonth((r.month().getMonthValue() - 1) / level * level + 1);
                counts.merge(period + " " + r.borough() + " " + h3.cellToParent(r.cell(), 9), 1L, Long::sum);
            }
        }
        return counts;
    }

    private Map<String, Long> hexagonsFromTable(String place, int level) {
        return rows("""
                select month || ' ' || borough_code || ' ' || hex as key, incidents from insight_incident_hex
                where source = 'STREET_CRIME' and place = :place and months = :months
                  and month between '1993-01-01' and '1994-12-01'""", Map.of("place", place, "months", level));
    }

    /** Hexagon -> incidents over every period in the map (keys "period borough hexagon"). */
    private static Map<Long, Long> total(Map<String, Long> byPeriod) {
        Map<Long, Long> total = new TreeMap<>();
        byPeriod.forEach((key, n) -> total.merge(Long.parseLong(key.substring(key.lastIndexOf(' ') + 1)), n,
                Long::sum));
        return total;
    }

    private record RawRow(LocalDate month, String borough, String category, long cell) {
    }

    private List<RawRow> rawRows() {
        return jdbc.sql("""
                        select month, coalesce(borough_code, '') as borough, category, h3_cell as cell
                        from insight_incident
                        where source = 'STREET_CRIME' and month between '1993-01-01' and '1994-12-01'
                          and h3_cell is not null""").query(RawRow.class).list();
    }

    private static String dbPlace(String slug) {
        return slug.toUpperCase().replace('-', '_');
    }

    private Map<String, Long> rows(String sql) {
        return rows(sql, Map.of());
    }

    private Map<String, Long> rows(String sql, Map<String, Object> params) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql(sql).params(params).query((rs, n) -> rows.put(rs.getString(1), rs.getLong(2))).list();
        return rows;
    }

    private Set<Long> cells(String sql) {
        return new HashSet<>(jdbc.sql(sql).query(Long.class).list());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Points around Islington's and Waltham Forest's schools, some without a point. */
    private String rows(String month, int n) {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String[] place = PLACES[random.nextInt(PLACES.length)];
            boolean mapped = random.nextInt(10) > 0;
            double lat = 51.52 + random.nextDouble() * 0.07;
            double lon = -0.14 + random.nextDouble() * 0.14;
            csv.append(String.format(",%s,%s,%s,On or near X,%s,%s 001A,%s,%s%n", month,
                    mapped ? String.format("%.5f", lon) : "", mapped ? String.format("%.5f", lat) : "", place[1],
                    place[0], TYPES[random.nextInt(TYPES.length)], place[0]));
        }
        return csv.toString();
    }

    private Path write(String name, CharSequence content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static H3Core h3() {
        try {
            return H3Core.newInstance();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
