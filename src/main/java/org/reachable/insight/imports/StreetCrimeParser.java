package org.reachable.insight.imports;

import com.uber.h3core.H3Core;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.reachable.insight.IncidentSource;

/**
 * police.uk street-level crime ("street.csv"): one row per crime or anti-social behaviour incident, by month, at an
 * anonymised map point. The optional Borough column (added by the partnership's extract) is resolved to a GSS code;
 * without it the borough comes from the LSOA name ("Islington 020A").
 */
public final class StreetCrimeParser implements RowParser<IncidentRow> {

    public static final Set<String> CRIME_TYPES = Set.of("Anti-social behaviour", "Bicycle theft", "Burglary",
            "Criminal damage and arson", "Drugs", "Other theft", "Possession of weapons", "Public order", "Robbery",
            "Shoplifting", "Theft from the person", "Vehicle crime", "Violence and sexual offences", "Other crime");
    private static final Pattern LSOA = Pattern.compile("[EW]01\\d{6}");

    private final H3Core h3;

    public StreetCrimeParser(H3Core h3) {
        this.h3 = h3;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("Month", "Longitude", "Latitude", "LSOA code", "LSOA name", "Crime type");
    }

    @Override
    public Result<IncidentRow> parse(CSVRecord record) {
        RowChecks checks = new RowChecks(record);
        LocalDate month = checks.month("Month");
        String type = checks.required("Crime type");
        if (!type.isEmpty() && !CRIME_TYPES.contains(type)) {
            checks.problem("Crime type", type, "Unknown police.uk crime type; must be one of: "
                    + String.join(", ", new java.util.TreeSet<>(CRIME_TYPES)));
        }
        Point point = Point.read(checks, "Latitude", "Longitude");
        String lsoa = checks.matching("LSOA code", LSOA, "Must be an LSOA code: E01 or W01 and six digits");
        String borough = boroughCode(checks);
        return RowParser.result(checks, () -> new IncidentRow(IncidentSource.STREET_CRIME, month, null, null, type, null,
                borough, lsoa, point == null ? null : point.latitude(), point == null ? null : point.longitude(),
                point == null ? null : point.cell(h3), null));
    }

    private static String boroughCode(RowChecks checks) {
        String name = checks.text("Borough");
        if (!name.isEmpty()) {
            return LondonBoroughs.codeOf(name).orElseGet(() -> {
                checks.problem("Borough", name, "Not a London borough name");
                return "";
            });
        }
        String lsoaName = checks.text("LSOA name");
        int lastSpace = lsoaName.lastIndexOf(' ');
        return lastSpace < 0 ? "" : LondonBoroughs.codeOf(lsoaName.substring(0, lastSpace)).orElse("");
    }

    @Override
    public LocalDate monthOf(IncidentRow row) {
        return row.month();
    }
}
