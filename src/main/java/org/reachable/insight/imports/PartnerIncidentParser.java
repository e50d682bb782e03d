package org.reachable.insight.imports;

import com.uber.h3core.H3Core;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * One partner source's CSV row (ED assault, ambulance call-out, exclusion, fire) into an incident: dated, optionally
 * timed, with a category and detail from the source's vocabulary, an optional age and an optional place. Names,
 * identifiers and free-text descriptions are never read, whatever other columns the file has.
 */
public final class PartnerIncidentParser implements RowParser<IncidentRow> {

    private static final Pattern LSOA = Pattern.compile("[EW]01\\d{6}");
    private static final Pattern GSS_BOROUGH = Pattern.compile("E09\\d{6}");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?");

    private final PartnerFormat format;
    private final H3Core h3;

    public PartnerIncidentParser(PartnerFormat format, H3Core h3) {
        this.format = format;
        this.h3 = h3;
    }

    @Override
    public List<String> requiredColumns() {
        return format.requiredColumns();
    }

    @Override
    public Result<IncidentRow> parse(CSVRecord record) {
        RowChecks checks = new RowChecks(record);
        LocalDate monthDate = date(checks, format.monthColumn(), true);
        LocalDate occurredDate = format.occurredColumn() == null ? null
                : date(checks, format.occurredColumn(), false);
        LocalDate day = occurredDate != null ? occurredDate : monthDate;
        if (monthDate != null && occurredDate != null && occurredDate.isAfter(monthDate)) {
            checks.problem(format.occurredColumn(), occurredDate.toString(),
                    "Must not be after the " + format.monthColumn());
        }
        LocalTime time = format.timeColumn() == null ? null : time(checks);
        String category = vocabulary(checks, format.categoryColumn(), format.categories(), true);
        String detail = vocabulary(checks, format.detailColumn(), format.details(), format.detailRequired());
        Integer age = age(checks);
        Point point = Point.read(checks, PartnerFormat.LATITUDE, PartnerFormat.LONGITUDE);
        String lsoa = checks.matching(PartnerFormat.LSOA, LSOA, "Must be an LSOA code: E01 or W01 and six digits");
        String borough = borough(checks);
        return RowParser.result(checks, () -> new IncidentRow(format.source(), monthDate.withDayOfMonth(1), day,
                time == null ? null : LocalDateTime.of(day, time), category, detail, borough, lsoa,
                point == null ? null : point.latitude(), point == null ? null : point.longitude(),
                point == null ? null : point.cell(h3), age));
    }

    @Override
    public LocalDate monthOf(IncidentRow row) {
        return row.month();
    }

    private static LocalDate date(RowChecks checks, String column, boolean required) {
        String value = required ? checks.required(column) : checks.text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            checks.problem(column, value, "Must be a date as YYYY-MM-DD");
            return null;
        }
    }

    private LocalTime time(RowChecks checks) {
        String column = format.timeColumn();
        String value = format.timeRequired() ? checks.required(column) : checks.text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (!TIME.matcher(value).matches()) {
                throw new DateTimeParseException("pattern", value, 0);
            }
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            checks.problem(column, value, "Must be a time of day as HH:MM (24-hour clock)");
            return null;
        }
    }

    private static String vocabulary(RowChecks checks, String column, Map<String, String> allowed,
                                     boolean required) {
        String value = required ? checks.required(column) : checks.text(column);
        if (value.isEmpty()) {
            return required ? null : "";
        }
        String stored = allowed.get(value);
        if (stored == null) {
            checks.problem(column, value, "Unknown value; must be one of: " + String.join(", ", allowed.keySet()));
        }
        return stored;
    }

    private static Integer age(RowChecks checks) {
        String value = checks.text(PartnerFormat.AGE);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int age = Integer.parseInt(value);
            if (age >= 0 && age <= 120) {
                return age;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        checks.problem(PartnerFormat.AGE, value, "Must be a whole number of years from 0 to 120");
        return null;
    }

    /** A London borough by name or GSS code; blank when not given. */
    private static String borough(RowChecks checks) {
        String value = checks.text(PartnerFormat.BOROUGH);
        if (value.isEmpty()) {
            return "";
        }
        if (GSS_BOROUGH.matcher(value.toUpperCase()).matches()
                && LondonBoroughs.nameByCode().containsKey(value.toUpperCase())) {
            return value.toUpperCase();
        }
        return LondonBoroughs.codeOf(value).orElseGet(() -> {
            checks.problem(PartnerFormat.BOROUGH, value, "Must be a London borough name or its GSS code (E09...)");
            return "";
        });
    }
}
