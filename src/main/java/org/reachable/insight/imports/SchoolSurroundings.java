package org.reachable.insight.imports;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The H3 cells (resolution 10, about 76 m edge) near secondary schools and on the routes between them.
 *
 * <p>Near: a cell whose centre is within 400 m (great-circle) of the school's point; the error is at most about half
 * a cell. Routes: children walk between schools that are close to each other (rivalries, friendships, transfers), so
 * for every pair of secondary schools less than 2 km apart the route is approximated by the straight line of H3
 * cells between them ({@code gridPathCells}) widened by one ring of cells (about 130 m either side). There is no
 * street network in Reachable; the straight line is a documented approximation (docs/insight.md).
 */
public final class SchoolSurroundings {

    public static final double NEAR_METRES = 400;
    public static final double ROUTE_MAX_METRES = 2000;
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private final H3Core h3;

    public SchoolSurroundings(H3Core h3) {
        this.h3 = h3;
    }

    public record SchoolCell(String urn, long cell) {
    }

    public List<SchoolCell> nearCells(List<SchoolsParser.School> schools) {
        List<SchoolCell> cells = new ArrayList<>();
        for (SchoolsParser.School school : schools) {
            long centre = h3.latLngToCell(school.latitude(), school.longitude(), Point.H3_RESOLUTION);
            for (long cell : h3.gridDisk(centre, 5)) {
                LatLng c = h3.cellToLatLng(cell);
                if (metres(school.latitude(), school.longitude(), c.lat, c.lng) <= NEAR_METRES) {
                    cells.add(new SchoolCell(school.urn(), cell));
                }
            }
        }
        return cells;
    }

    /** Cell -> the number of school pairs whose route passes through it. */
    public Map<Long, Integer> routeCells(List<SchoolsParser.School> schools) {
        Map<Long, Integer> routes = new HashMap<>();
        for (int i = 0; i < schools.size(); i++) {
            for (int j = i + 1; j < schools.size(); j++) {
                SchoolsParser.School a = schools.get(i);
                SchoolsParser.School b = schools.get(j);
                if (metres(a.latitude(), a.longitude(), b.latitude(), b.longitude()) >= ROUTE_MAX_METRES) {
                    continue;
                }
                Set<Long> route = new HashSet<>();
                long from = h3.latLngToCell(a.latitude(), a.longitude(), Point.H3_RESOLUTION);
                long to = h3.latLngToCell(b.latitude(), b.longitude(), Point.H3_RESOLUTION);
                for (long cell : h3.gridPathCells(from, to)) {
                    route.addAll(h3.gridDisk(cell, 1));
                }
                route.forEach(cell -> routes.merge(cell, 1, Integer::sum));
            }
        }
        return routes;
    }

    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(a));
    }
}
