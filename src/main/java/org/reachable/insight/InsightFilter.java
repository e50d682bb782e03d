package org.reachable.insight;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.reachable.platform.validation.Checks;

/** Which months (inclusive) and which borough (GSS code) an analysis covers; null means no limit. */
public record InsightFilter(YearMonth from, YearMonth to, String borough) {

    private static final Pattern BOROUGH = Pattern.compile("E09\\d{6}");
    public static final InsightFilter EVERYTHING = new InsightFilter(null, null, null);

    /** Reads the filter from request parameters, naming every field that breaks a rule. */
    public static InsightFilter parse(String from, String to, String borough) {
        Checks checks = new Checks();
        YearMonth f = month(checks, "from", from);
        YearMonth t = month(checks, "to", to);
        if (f != null && t != null && f.isAfter(t)) {
            checks.problem("to", to, "Must be the same month as 'from' or later");
        }
        String b = borough == null || borough.isBlank() ? null : borough.strip().toUpperCase();
        if (b != null && !BOROUGH.matcher(b).matches()) {
            checks.problem("borough", borough, "Must be a London borough GSS code, E09 and six digits (e.g. E09000031)");
        }
        checks.throwIfAny();
        return new InsightFilter(f, t, b);
    }

    private static YearMonth month(Checks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            checks.problem(field, value, "Must be a month as YYYY-MM, e.g. 2018-04");
            return null;
        }
    }

    java.time.LocalDate firstDay() {
        return from == null ? java.time.LocalDate.of(1900, 1, 1) : from.atDay(1);
    }

    java.time.LocalDate lastMonthDay() {
        return to == null ? java.time.LocalDate.of(9999, 12, 1) : to.atDay(1);
    }

    String boroughOrBlank() {
        return borough == null ? "" : borough;
    }
}
