package org.reachable.insight.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/** Secondary schools: DfE URN, name and an (approximate) point, as in the shared london_secondary_schools.csv. */
public final class SchoolsParser implements RowParser<SchoolsParser.School> {

    private static final Pattern URN = Pattern.compile("\\d{6}");
    /** Schools are not monthly; every row belongs to the same pseudo-month so ParsedFile can group them. */
    private static final LocalDate NO_MONTH = LocalDate.of(1, 1, 1);

    public record School(String urn, String name, double latitude, double longitude) {
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("URN", "EstablishmentName", "Latitude", "Longitude");
    }

    @Override
    public Result<School> parse(CSVRecord record) {
        RowChecks checks = new RowChecks(record);
        String urn = checks.required("URN");
        if (!urn.isEmpty() && !URN.matcher(urn).matches()) {
            checks.problem("URN", urn, "Must be a DfE unique reference number: six digits");
        }
        String name = checks.required("EstablishmentName");
        Point point = Point.read(checks, "Latitude", "Longitude");
        if (point == null && checks.ok()) {
            checks.problem("Latitude", "", "Must not be blank: a school needs a point");
        }
        return RowParser.result(checks, () -> new School(urn, name, point.latitude(), point.longitude()));
    }

    @Override
    public LocalDate monthOf(School row) {
        return NO_MONTH;
    }
}
