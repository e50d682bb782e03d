package org.reachable.insight.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cells near a school and on the corridor between two neighbouring schools, without Spring. */
class SchoolSurroundingsTest {

    private final H3Core h3 = newH3();
    private final SchoolSurroundings surroundings = new SchoolSurroundings(h3);

    @Test
    void cellsNearASchoolHaveTheirCentreWithin400MetresAndCoverTheDisc() {
        SchoolsParser.School school = new SchoolsParser.School("100001", "A", 51.55, -0.10);
        List<SchoolSurroundings.SchoolCell> near = surroundings.nearCells(List.of(school));
        for (SchoolSurroundings.SchoolCell c : near) {
            LatLng centre = h3.cellToLatLng(c.cell());
            assertThat(SchoolSurroundings.metres(51.55, -0.10, centre.lat, centre.lng)).isLessThanOrEqualTo(400);
        }
        // A disc of 400 m is about 0.50 km2; a resolution-10 cell is about 0.015 km2.
        assertThat(near).hasSizeBetween(28, 40);
        long east350 = h3.latLngToCell(51.55, -0.10 + 350 / (111_320 * Math.cos(Math.toRadians(51.55))), 10);
        long east600 = h3.latLngToCell(51.55, -0.10 + 600 / (111_320 * Math.cos(Math.toRadians(51.55))), 10);
        assertThat(near).extracting(SchoolSurroundings.SchoolCell::cell).contains(east350).doesNotContain(east600);
    }

    @Test
    void aRouteJoinsSchoolsUnder2KilometresApartAndNoneFurther() {
        SchoolsParser.School a = new SchoolsParser.School("100001", "A", 51.55, -0.10);
        SchoolsParser.School b = new SchoolsParser.School("100002", "B", 51.55, -0.085); // about 1.04 km east
        SchoolsParser.School far = new SchoolsParser.School("100003", "C", 51.58, -0.10); // about 3.3 km north
        Map<Long, Integer> routes = surroundings.routeCells(List.of(a, b, far));
        long midpoint = h3.latLngToCell(51.55, -0.0925, 10);
        assertThat(routes).containsKey(midpoint);
        assertThat(routes).containsKeys(h3.latLngToCell(51.55, -0.10, 10), h3.latLngToCell(51.55, -0.085, 10));
        assertThat(routes).doesNotContainKey(h3.latLngToCell(51.565, -0.10, 10));
        assertThat(routes.values()).containsOnly(1);
    }

    private static H3Core newH3() {
        try {
            return H3Core.newInstance();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
