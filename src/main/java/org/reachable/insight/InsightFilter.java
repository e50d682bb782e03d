package org.reachable.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.reachable.platform.validation.Checks;

/**
 * Which months (inclusive), borough (GSS code), incident source and place an analysis covers; null months or
 * borough mean no limit, a null source means the analysis's own default.
 */
public record InsightFilter(YearMonth from, YearMonth to, String borough, IncidentSource source, Place place) {

    private static final Pattern BOROUGH = Pattern.compile("E09\\d{6}");
    public static final InsightFilter EVERYTHING = new InsightFilter(null, null, null, null, Place.ANYWHERE);

    public InsightFilter {
        place = place == null ? Place.ANYWHERE : place;
    }

    public static InsightFilter parse(String from, String to, String borough) {
        return parse(from, to, borough, null, null);
    }

    /** Reads the filter from request parameters, naming every field that breaks a rule. */
    public static InsightFilter parse(String from, String to, String borough, String source, String place) {
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
        IncidentSource s = null;
        if (source != null && !source.isBlank()) {
            s = IncidentSource.fromSlug(source.strip()).orElse(null);
            if (s == null) {
                checks.problem("source", source, "Must be one of: " + String.join(", ",
                        Arrays.stream(IncidentSource.values()).map(IncidentSource::slug).toList()));
            }
        }
        Place p = Place.ANYWHERE;
        if (place != null && !place.isBlank()) {
            p = Place.fromSlug(place.strip()).orElse(null);
            if (p == null) {
                checks.problem("place", place, "Must be one of: " + String.join(", ",
                        Arrays.stream(Place.values()).map(Place::slug).toList()));
            }
        }
        checks.throwIfAny();
        return new InsightFilter(f, t, b, s, p);
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

    public IncidentSource sourceOr(IncidentSource fallback) {
        return source == null ? fallback : source;
    }

    LocalDate firstDay() {
        return from == null ? LocalDate.of(1900, 1, 1) : from.atDay(1);
    }

    LocalDate lastMonthDay() {
        return to == null ? LocalDate.of(9999, 12, 1) : to.atDay(1);
    }

    String boroughOrBlank() {
        return borough == null ? "" : borough;
    }

    @Override
    public String toString() {
        return "from " + (from == null ? "start" : from) + " to " + (to == null ? "end" : to) + ", borough "
                + (borough == null ? "all" : borough) + (source == null ? "" : ", source " + source.slug())
                + (place == Place.ANYWHERE ? "" : ", " + place.slug());
    }
}
