package org.reachable.insight.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.reachable.insight.IncidentSource;
import org.reachable.insight.InsightFilter;
import org.reachable.insight.InsightMaps;
import org.reachable.insight.Place;
import org.reachable.insight.imports.LondonBoroughs;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hotspot map page (Leaflet over GeoJSON layers; a tile server only if configured) with its table alternative,
 * and the GeoJSON the map loads. Filters: months, borough, source, place (anywhere, near schools, school routes).
 */
@Controller
class InsightMapPage {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final InsightMaps maps;
    private final TableCells cells;
    private final String tileUrl;
    private final String tileAttribution;

    InsightMapPage(InsightMaps maps, TableCells cells, @Value("${reachable.insight.map.tile-url:}") String tileUrl,
                   @Value("${reachable.insight.map.tile-attribution:}") String tileAttribution) {
        this.maps = maps;
        this.cells = cells;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    @GetMapping("/insight/map")
    String map(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
               @RequestParam(required = false) String borough, @RequestParam(required = false) String source,
               @RequestParam(required = false) String place, HttpServletRequest request, Model model) {
        addForm(model, request);
        InsightFilter filter = InsightFilter.parse(from, to, borough, source, place);
        InsightMaps.HotspotMap map = maps.hotspots(filter);
        model.addAttribute("map", map);
        // Every LSOA in London is ~5,000 rows: worked out once in Java, not by an expression per cell.
        model.addAttribute("lsoaRows", cells.areaRows(map.lsoas()));
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        model.addAttribute("areasUrl", "/insight/map/areas.geojson?" + query
                + (filter.borough() == null ? "" : "&kind=lsoa"));
        model.addAttribute("hotspotsUrl", "/insight/map/hotspots.geojson?" + query);
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        return "insight/map";
    }

    @GetMapping("/insight/map/areas.geojson")
    ResponseEntity<String> areas(@RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String borough,
                                 @RequestParam(required = false) String source,
                                 @RequestParam(required = false) String place,
                                 @RequestParam(required = false, defaultValue = "borough") String kind) {
        InsightFilter filter = InsightFilter.parse(from, to, borough, source, place);
        String areaKind = kind.equalsIgnoreCase("lsoa") ? "LSOA" : kind.equalsIgnoreCase("ward") ? "WARD" : "BOROUGH";
        return ResponseEntity.ok().contentType(GEO_JSON).body(maps.areasGeoJson(areaKind, filter));
    }

    @GetMapping("/insight/map/hotspots.geojson")
    ResponseEntity<String> hotspots(@RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String borough,
                                    @RequestParam(required = false) String source,
                                    @RequestParam(required = false) String place) {
        InsightFilter filter = InsightFilter.parse(from, to, borough, source, place);
        return ResponseEntity.ok().contentType(GEO_JSON).body(maps.hotspotsGeoJson(filter));
    }

    @GetMapping("/insight/map/schools.geojson")
    ResponseEntity<String> schools() {
        return ResponseEntity.ok().contentType(GEO_JSON).body(maps.schoolsGeoJson());
    }

    /** Mistakes in the filter re-show the page with the GOV.UK error summary (400); GeoJSON callers get the same. */
    @ExceptionHandler(InvalidInputException.class)
    String invalidFilter(InvalidInputException e, HttpServletRequest request, Model model,
                         HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        addForm(model, request);
        model.addAttribute("map", null);
        FormErrors.addTo(model, e.problems());
        return "insight/map";
    }

    private static void addForm(Model model, HttpServletRequest request) {
        model.addAttribute("boroughs", LondonBoroughs.nameByCode());
        model.addAttribute("sources", Arrays.asList(IncidentSource.values()));
        model.addAttribute("places", Arrays.asList(Place.values()));
        for (String field : new String[]{"from", "to", "borough", "source", "place"}) {
            model.addAttribute(field, request.getParameter(field));
        }
    }
}
