package org.reachable.insight.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reachable.insight.ImportProblem;
import org.reachable.insight.ImportRefusedException;

/**
 * Reads a GeoJSON FeatureCollection of boundaries in WGS84: London Datastore boroughs (GSS_CODE, NAME), ONS LSOAs
 * (LSOA11CD/LSOA21CD with their names, whose borough is the name before the last space) or ONS wards (WDyyCD,
 * WDyyNM, and LADyyCD for the borough where present). The geometry is kept as the file gives it, for the map.
 */
public final class Boundaries {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Area(String code, String name, String kind, String parentCode, String geometry) {
    }

    public record Read(List<Area> areas, long features, List<ImportProblem> problems) {
    }

    private Boundaries() {
    }

    public static Read read(Path file) {
        if (!Files.isReadable(file)) {
            throw new ImportRefusedException("Cannot read " + file + ": no such file, or not readable");
        }
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new ImportRefusedException(file.getFileName() + " is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
            throw new ImportRefusedException(file.getFileName() + " is not a GeoJSON FeatureCollection");
        }
        List<Area> areas = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        long index = 0;
        for (JsonNode feature : root.path("features")) {
            index++;
            JsonNode properties = feature.path("properties");
            JsonNode geometry = feature.path("geometry");
            String type = geometry.path("type").asText();
            if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
                problems.add(new ImportProblem(index, "geometry.type", type, "Must be Polygon or MultiPolygon"));
                continue;
            }
            Optional<Area> area = area(properties, geometry.toString());
            if (area.isEmpty()) {
                problems.add(new ImportProblem(index, "properties", properties.toString(),
                        "Must have GSS_CODE and NAME (borough), LSOA11CD/LSOA21CD and name (LSOA), or WDyyCD and "
                                + "WDyyNM (ward)"));
                continue;
            }
            areas.add(area.get());
        }
        return new Read(areas, index, problems);
    }

    private static Optional<Area> area(JsonNode p, String geometry) {
        if (p.hasNonNull("GSS_CODE") && p.hasNonNull("NAME")) {
            return Optional.of(new Area(p.get("GSS_CODE").asText(), p.get("NAME").asText(), "BOROUGH", null,
                    geometry));
        }
        for (String year : List.of("11", "21")) {
            if (p.hasNonNull("LSOA" + year + "CD") && p.hasNonNull("LSOA" + year + "NM")) {
                String name = p.get("LSOA" + year + "NM").asText();
                int space = name.lastIndexOf(' ');
                String parent = space < 0 ? null : LondonBoroughs.codeOf(name.substring(0, space)).orElse(null);
                return Optional.of(new Area(p.get("LSOA" + year + "CD").asText(), name, "LSOA", parent, geometry));
            }
        }
        for (var it = p.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (field.matches("WD\\d{2}CD") && p.hasNonNull(field.replace("CD", "NM"))) {
                String lad = field.replace("WD", "LAD");
                return Optional.of(new Area(p.get(field).asText(), p.get(field.replace("CD", "NM")).asText(), "WARD",
                        p.hasNonNull(lad) ? p.get(lad).asText() : null, geometry));
            }
        }
        return Optional.empty();
    }
}
