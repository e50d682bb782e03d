package org.reachable.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.support.ReachableTest;
import org.reachable.support.TestBorough;
import org.reachable.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Boundaries, schools and street crime from ../shared/data: the hotspot hexagons add up to the file's mapped crimes,
 * and "within 400 m of a secondary school" (by H3 cell centre) stays close to the exact count by distance from each
 * crime's own point, computed here straight from the files.
 */
@ReachableTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotspotsAndSchoolsTest {

    private static final String WALTHAM_FOREST = "E09000031";
    private static final String PERIOD = "from=2016-01&to=2018-06";
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

    private WebSession analyst;
    private final com.uber.h3core.H3Core h3 = h3();

    private static com.uber.h3core.H3Core h3() {
        try {
            return com.uber.h3core.H3Core.newInstance();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeAll
    void importAndSignIn() {
        SharedData.importOnce(imports);
        SharedData.importGeographyOnce(imports);
        analyst = WebSession.signIn(port, borough.build().username("analyst"), TestBorough.PASSWORD);
    }

    @Test
    void boundariesAndSchoolsAreStoredWithTheirBoroughs() {
        assertThat(count("select count(*) from insight_area where kind = 'BOROUGH'")).isEqualTo(33);
        assertThat(count("select count(*) from insight_area where kind = 'LSOA' and parent_code = 'E09000031'"))
                .isEqualTo(144);
        assertThat(count("select count(*) from insight_area where kind = 'LSOA' and parent_code = 'E09000019'"))
                .isEqualTo(123);
        assertThat(count("select count(*) from insight_school")).isEqualTo(375);
        assertThat(count("select count(distinct urn) from insight_school_cell")).isEqualTo(375);
        assertThat(count("select count(*) from insight_route_cell")).isPositive();
    }

    @Test
    void hexagonsAddUpToTheMappedCrimesInTheFile() throws Exception {
        long mapped = 0;
        for (CSVRecord r : IndependentFigures.records(SharedData.streetCrime())) {
            mapped += r.get("Borough").equals("Waltham Forest") && !r.get("Latitude").isEmpty() ? 1 : 0;
        }
        JsonNode map = api("borough=" + WALTHAM_FOREST);
        long sum = 0;
        for (JsonNode h : map.path("hotspots")) {
            sum += h.path("incidents").asLong();
            long hex = h3.stringToH3(h.path("cell").asText());
            assertThat(h3.isValidCell(hex) && h3.getResolution(hex) == 9).as(h.path("cell").asText()).isTrue();
        }
        assertThat(map.path("hexagons").asLong()).as("all drawn").isEqualTo(map.path("hotspots").size());
        assertThat(sum).isEqualTo(mapped).isEqualTo(map.path("mapped").asLong());
        jdbc.sql("select distinct h3_cell from insight_incident where borough_code = 'E09000031' "
                        + "and h3_cell is not null limit 500")
                .query(Long.class).list().forEach(cell -> assertThat(jdbc.sql(
                                "select (:cell & ~(15::bigint << 52)) | (9::bigint << 52) | (7::bigint << 15)")
                        .param("cell", cell).query(Long.class).single())
                        .as("the SQL parent of a cell is H3's").isEqualTo(h3.cellToParent(cell, 9)));
        assertThat(map.path("boroughs").get(0).path("ratePerThousand").decimalValue()).isPositive();
        JsonNode geo = JSON.readTree(analyst.get("/insight/map/hotspots.geojson?" + PERIOD + "&borough="
                + WALTHAM_FOREST).body());
        assertThat(geo.path("features").size()).isEqualTo(map.path("hotspots").size());
        JsonNode lsoas = JSON.readTree(analyst.get("/insight/map/areas.geojson?" + PERIOD + "&kind=lsoa&borough="
                + WALTHAM_FOREST).body());
        assertThat(lsoas.path("features").size()).isEqualTo(144);
    }

    @Test
    void nearSchoolCountIsWithinFivePercentOfTheExactDistanceCount() throws Exception {
        List<double[]> schools = new ArrayList<>();
        for (CSVRecord s : IndependentFigures.records(SharedData.schools())) {
            schools.add(new double[]{Double.parseDouble(s.get("Latitude")), Double.parseDouble(s.get("Longitude"))});
        }
        long exact = 0;
        for (CSVRecord r : IndependentFigures.records(SharedData.streetCrime())) {
            if (!r.get("Borough").equals("Islington") || r.get("Latitude").isEmpty()) {
                continue;
            }
            double lat = Double.parseDouble(r.get("Latitude"));
            double lon = Double.parseDouble(r.get("Longitude"));
            exact += schools.stream().anyMatch(s -> metres(lat, lon, s[0], s[1]) <= 400) ? 1 : 0;
        }
        long byCell = 0;
        for (JsonNode h : api("borough=E09000019&place=near-school").path("hotspots")) {
            byCell += h.path("incidents").asLong();
        }
        assertThat(exact).isPositive();
        assertThat((double) Math.abs(byCell - exact) / exact).as("cell " + byCell + " vs exact " + exact)
                .isLessThan(0.05);
        long onRoutes = 0;
        for (JsonNode h : api("borough=E09000019&place=school-route").path("hotspots")) {
            onRoutes += h.path("incidents").asLong();
        }
        assertThat(onRoutes).isPositive().isLessThan(86345);
    }

    @Test
    void aBoundaryFileWithAnUnknownFeatureIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.geojson"), """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"GSS_CODE":"E09000001","NAME":"City of London"},
                  "geometry":{"type":"Polygon","coordinates":[[[0,51],[0.1,51],[0.1,51.1],[0,51]]]}},
                 {"type":"Feature","properties":{"id":7},"geometry":{"type":"Point","coordinates":[0,51]}},
                 {"type":"Feature","properties":{"id":8},"geometry":{"type":"Polygon","coordinates":[]}}]}""");
        ImportReport report = imports.boundaries(file);
        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(Object::toString).containsExactly(
                "line 2, geometry.type = 'Point': Must be Polygon or MultiPolygon",
                "line 3, properties = '{\"id\":8}': Must have GSS_CODE and NAME (borough), LSOA11CD/LSOA21CD and "
                        + "name (LSOA), or WDyyCD and WDyyNM (ward)");
    }

    @Test
    void badFiltersAnswer400NamingTheField() {
        var response = analyst.get("/api/v1/insight/hotspots?place=downtown&source=police");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("downtown").contains("near-school").contains("police")
                .contains("ed-assault");
    }

    private JsonNode api(String query) throws Exception {
        var response = analyst.get("/api/v1/insight/hotspots?" + PERIOD + "&" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static double metres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double a = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
    }
}
