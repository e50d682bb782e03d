package org.reachable.insight.imports;

import java.util.List;
import java.util.Map;
import org.reachable.insight.IncidentSource;

/**
 * The CSV a partner source sends (docs/data-formats/insight-partner-sources.md): which column dates the incident,
 * which gives its time, which holds its category and detail, and the values each may take. Accepted spellings map
 * to the one stored value, so "PERM" and "Permanent exclusion" count together.
 *
 * @param monthColumn    the date whose month the row belongs to (re-importing that month replaces it)
 * @param occurredColumn the date of the incident itself when it differs (ED: assault date); blank falls back to
 *                       the month column
 * @param timeColumn     time of day HH:MM, or null when the source has none
 */
public record PartnerFormat(IncidentSource source, String monthColumn, String occurredColumn, String timeColumn,
                            boolean timeRequired, String categoryColumn, Map<String, String> categories,
                            String detailColumn, Map<String, String> details, boolean detailRequired) {

    public static final String AGE = "Age";
    public static final String LATITUDE = "Latitude";
    public static final String LONGITUDE = "Longitude";
    public static final String LSOA = "LSOA code";
    public static final String BOROUGH = "Borough";

    public List<String> requiredColumns() {
        List<String> columns = new java.util.ArrayList<>(List.of(monthColumn, categoryColumn));
        if (detailRequired) {
            columns.add(detailColumn);
        }
        if (timeColumn != null && timeRequired) {
            columns.add(timeColumn);
        }
        return List.copyOf(columns);
    }
}
