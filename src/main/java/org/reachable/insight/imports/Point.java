package org.reachable.insight.imports;

import com.uber.h3core.H3Core;

/** A WGS84 point in or near Great Britain; both coordinates or neither. */
record Point(double latitude, double longitude) {

    /** Resolution 10 hexagons (about 66 m edge): fine enough for "within 400 m of a school". */
    static final int H3_RESOLUTION = 10;

    static Point read(RowChecks checks, String latitudeColumn, String longitudeColumn) {
        Double lat = checks.decimal(latitudeColumn, 49.0, 61.0);
        Double lon = checks.decimal(longitudeColumn, -9.0, 2.5);
        boolean latBlank = checks.text(latitudeColumn).isEmpty();
        boolean lonBlank = checks.text(longitudeColumn).isEmpty();
        if (latBlank != lonBlank) {
            checks.problem(latBlank ? latitudeColumn : longitudeColumn, "",
                    "Give both latitude and longitude, or neither");
            return null;
        }
        return lat == null || lon == null ? null : new Point(lat, lon);
    }

    long cell(H3Core h3) {
        return h3.latLngToCell(latitude, longitude, H3_RESOLUTION);
    }
}
