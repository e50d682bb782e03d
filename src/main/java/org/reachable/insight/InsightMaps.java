package org.reachable.insight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachable.access.Audit;
import org.reachable.access.AuditAction;
import org.reachable.access.Capability;
import org.reachable.access.ChildRecordAccess;
import org.reachable.access.LegalBasis;
import org.reachable.insight.analytics.AnalyticsQueries;
import org.reachable.insight.analytics.GeographyQueries;
import org.reachable.insight.imports.LondonBoroughs;
import org.springframework.stereotype.Service;

/**
 * The hotspot map: incidents per H3 hexagon (resolution 9, about 0.1 km², made of the stored resolution-10 cells),
 * per borough with rates per 1,000 residents, and per LSOA, as GeoJSON for the map and as tables for everyone who
 * does not use the map. Aggregates only; every read is audited.
 */
@Service
public class InsightMaps {

    /** Hexagons of about 174 m edge: streets and blocks, not single addresses. */
    public static final int MAP_RESOLUTION = 9;
    /** The busiest hexagons drawn and returned; a hexagon with a handful of incidents is not a hotspot. */
    public static final int MAP_HEXAGONS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GeographyQueries geography;
    private final AnalyticsQueries analytics;
    private final ChildRecordAccess access;
    private final Audit audit;
    private final H3Core h3;

    InsightMaps(GeographyQueries geography, AnalyticsQueries analytics, ChildRecordAccess access, Audit audit) {
        this.geography = geography;
        this.analytics = analytics;
        this.access = access;
        this.audit = audit;
        try {
            this.h3 = H3Core.newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException("H3 native library could not be loaded", e);
        }
    }

    public record Hotspot(String cell, double latitude, double longitude, List<double[]> boundary, long incidents,
                          BigDecimal perMonth) {
    }

    public record AreaCount(String code, String name, long incidents, Long population, BigDecimal ratePerThousand) {
    }

    /** hexagons and mapped count all hexagons and incidents; hotspots holds the busiest {@link #MAP_HEXAGONS}. */
    public record HotspotMap(IncidentSource source, Place place, long months, long hexagons, long mapped,
                             List<Hotspot> hotspots, List<AreaCount> boroughs, List<AreaCount> lsoas,
                             boolean schoolsLoaded) {
    }

    public HotspotMap hotspots(InsightFilter filter) {
        check("insight/map", "Hotspot map " + filter);
        IncidentSource source = filter.sourceOr(IncidentSource.STREET_CRIME);
        long months = geography.monthsWithData(source.name(), filter.firstDay(), filter.lastMonthDay());
        List<GeographyQueries.CellCount> cells = geography.hexagons(source.name(), filter.place().name(),
                filter.firstDay(), filter.lastMonthDay(), filter.boroughOrBlank());
        List<Hotspot> hotspots = cells.stream()
                .sorted(Comparator.comparingLong(GeographyQueries.CellCount::incidents).reversed()
                        .thenComparingLong(GeographyQueries.CellCount::cell))
                .limit(MAP_HEXAGONS)
                .map(c -> hotspot(c.cell(), c.incidents(), months)).toList();
        long mapped = cells.stream().mapToLong(GeographyQueries.CellCount::incidents).sum();
        return new HotspotMap(source, filter.place(), months, cells.size(), mapped, hotspots, boroughs(source, filter),
                lsoas(source, filter), geography.hasSchools());
    }

    private Hotspot hotspot(long cell, long incidents, long months) {
        LatLng centre = h3.cellToLatLng(cell);
        List<double[]> boundary = h3.cellToBoundary(cell).stream().map(p -> new double[]{p.lng, p.lat}).toList();
        return new Hotspot(h3.h3ToString(cell), round(centre.lat, 5), round(centre.lng, 5), boundary, incidents,
                perMonth(incidents, months));
    }

    private List<AreaCount> boroughs(IncidentSource source, InsightFilter filter) {
        Map<String, String> names = LondonBoroughs.nameByCode();
        Map<String, Long> population = new HashMap<>();
        analytics.populationByArea().forEach(p -> population.put(p.key(), p.count()));
        return analytics.incidentsByBorough(source.name(), filter.firstDay(), filter.lastMonthDay(),
                        filter.boroughOrBlank()).stream()
                .filter(c -> !c.key().isEmpty())
                .map(c -> {
                    Long people = population.get(c.key());
                    return new AreaCount(c.key(), names.getOrDefault(c.key(), c.key()), c.count(), people,
                            people == null || people == 0 ? null : BigDecimal.valueOf(c.count() * 1000.0 / people)
                                    .setScale(2, RoundingMode.HALF_UP));
                }).toList();
    }

    private List<AreaCount> lsoas(IncidentSource source, InsightFilter filter) {
        return analytics.incidentsByLsoa(source.name(), filter.firstDay(), filter.lastMonthDay(),
                        filter.boroughOrBlank()).stream()
                .filter(c -> !c.key().isEmpty())
                .map(c -> new AreaCount(c.key(), c.key(), c.count(), null, null)).toList();
    }

    /** Boundaries of boroughs (kind BOROUGH) or of one borough's LSOAs (kind LSOA) with their counts. */
    public String areasGeoJson(String kind, InsightFilter filter) {
        check("insight/map/areas", "Area counts " + kind + " " + filter);
        IncidentSource source = filter.sourceOr(IncidentSource.STREET_CRIME);
        Map<String, AreaCount> counts = new HashMap<>();
        (kind.equals("LSOA") ? lsoas(source, filter) : boroughs(source, filter)).forEach(a -> counts.put(a.code(), a));
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        String separator = "";
        String borough = kind.equals("BOROUGH") ? "" : filter.boroughOrBlank();
        for (GeographyQueries.Area area : geography.areas(kind, borough)) {
            AreaCount count = counts.get(area.code());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("code", area.code());
            properties.put("name", area.name());
            properties.put("incidents", count == null ? 0 : count.incidents());
            properties.put("ratePerThousand", count == null ? null : count.ratePerThousand());
            json.append(separator).append("{\"type\":\"Feature\",\"properties\":").append(write(properties))
                    .append(",\"geometry\":").append(area.geometry()).append('}');
            separator = ",";
        }
        return json.append("]}").toString();
    }

    public String hotspotsGeoJson(InsightFilter filter) {
        HotspotMap map = hotspots(filter);
        List<Map<String, Object>> features = new ArrayList<>();
        for (Hotspot h : map.hotspots()) {
            List<double[]> ring = new ArrayList<>(h.boundary());
            ring.add(h.boundary().getFirst());
            features.add(Map.of("type", "Feature",
                    "properties", Map.of("cell", h.cell(), "incidents", h.incidents(), "perMonth", h.perMonth()),
                    "geometry", Map.of("type", "Polygon", "coordinates", List.of(ring))));
        }
        return write(Map.of("type", "FeatureCollection", "features", features));
    }

    public String schoolsGeoJson() {
        check("insight/map/schools", "Secondary schools (public list)");
        List<Map<String, Object>> features = geography.schools().stream().map(s -> Map.<String, Object>of(
                "type", "Feature", "properties", Map.of("urn", s.urn(), "name", s.name()),
                "geometry", Map.of("type", "Point", "coordinates", List.of(s.longitude(), s.latitude())))).toList();
        return write(Map.of("type", "FeatureCollection", "features", features));
    }

    private void check(String resource, String details) {
        access.requireCapability(Capability.VIEW_AGGREGATES, AuditAction.READ, resource);
        audit.allowed(AuditAction.READ, null, resource, details, LegalBasis.STRATEGIC_ANALYSIS);
    }

    private static BigDecimal perMonth(long incidents, long months) {
        return months == 0 ? null : BigDecimal.valueOf((double) incidents / months).setScale(1, RoundingMode.HALF_UP);
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
