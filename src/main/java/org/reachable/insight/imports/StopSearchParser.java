package org.reachable.insight.imports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.reachable.insight.BroadEthnicGroup;
import org.reachable.insight.EthnicGroup;

/**
 * police.uk stop and search ("stop-and-search.csv"). The month is the London month of the search (police.uk gives
 * UTC, so 23:00 on 31 March in summer time is an April search). A search "found" something when police.uk says the
 * outcome was linked to the object of search, or, where that column is blank (as in most Met extracts), when the
 * outcome was anything other than no further action.
 */
public final class StopSearchParser implements RowParser<StopSearchRow> {

    public static final String NO_FURTHER_ACTION = "A no further action disposal";
    static final Set<String> TYPES = Set.of("Person search", "Person and Vehicle search", "Vehicle search");
    static final Set<String> SEXES = Set.of("Male", "Female", "Other");
    public static final List<String> AGE_RANGES = List.of("under 10", "10-17", "18-24", "25-34", "over 34");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Override
    public List<String> requiredColumns() {
        return List.of("Type", "Date", "Latitude", "Longitude", "Gender", "Age range", "Self-defined ethnicity",
                "Officer-defined ethnicity", "Legislation", "Object of search", "Outcome");
    }

    @Override
    public Result<StopSearchRow> parse(CSVRecord record) {
        RowChecks checks = new RowChecks(record);
        String type = checks.required("Type");
        if (!type.isEmpty()) {
            checks.oneOf("Type", TYPES);
        }
        OffsetDateTime when = dateTime(checks);
        Point point = Point.read(checks, "Latitude", "Longitude");
        String sex = checks.oneOf("Gender", SEXES);
        String age = checks.oneOf("Age range", Set.copyOf(AGE_RANGES));
        String self = checks.text("Self-defined ethnicity");
        String selfGroup = selfGroup(checks, self);
        String officer = checks.text("Officer-defined ethnicity");
        if (!officer.isEmpty() && BroadEthnicGroup.fromOfficerDefined(officer).isEmpty()) {
            checks.problem("Officer-defined ethnicity", officer, "Must be one of: Asian, Black, Mixed, White, Other");
        }
        String outcome = checks.text("Outcome");
        String linked = checks.oneOf("Outcome linked to object of search", Set.of("True", "False", "true", "false"));
        boolean found = linked.isEmpty() ? !outcome.isEmpty() && !outcome.equals(NO_FURTHER_ACTION)
                : Boolean.parseBoolean(linked);
        return RowParser.result(checks, () -> new StopSearchRow(
                when.atZoneSameInstant(LONDON).toLocalDate().withDayOfMonth(1), when, type,
                point == null ? null : point.latitude(), point == null ? null : point.longitude(), sex, age, self,
                selfGroup, officer.isEmpty() ? "" : BroadEthnicGroup.fromOfficerDefined(officer).orElseThrow().name(),
                checks.text("Legislation"), checks.text("Object of search"), outcome, found));
    }

    private static OffsetDateTime dateTime(RowChecks checks) {
        String value = checks.required("Date");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            checks.problem("Date", value, "Must be a date and time with offset, e.g. 2018-04-01T13:45:00+00:00");
            return null;
        }
    }

    /** The Census group name; "" for blank or not stated (not a group, so outside rates). */
    private static String selfGroup(RowChecks checks, String words) {
        if (words.isEmpty() || words.equalsIgnoreCase(EthnicGroup.POLICE_UK_NOT_STATED)) {
            return "";
        }
        return EthnicGroup.fromPoliceUk(words).map(Enum::name).orElseGet(() -> {
            checks.problem("Self-defined ethnicity", words, "Not a police.uk self-defined ethnicity (see "
                    + "docs/data-formats/insight-ethnicity-mapping.md)");
            return "";
        });
    }

    @Override
    public LocalDate monthOf(StopSearchRow row) {
        return row.month();
    }
}
