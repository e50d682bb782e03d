package org.reachable.insight.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.reachable.insight.ImportProblem;

/** Reads the fields of one CSV record, collecting a problem (field, value, rule) for each that breaks a rule. */
final class RowChecks {

    private final CSVRecord record;
    private final List<ImportProblem> problems = new ArrayList<>();

    RowChecks(CSVRecord record) {
        this.record = record;
    }

    /** The line in the file: the header is line 1. */
    long line() {
        return record.getRecordNumber() + 1;
    }

    String text(String column) {
        String value = record.isSet(column) ? record.get(column) : "";
        return value == null ? "" : value.trim();
    }

    String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            problem(column, value, "Must not be blank");
        }
        return value;
    }

    LocalDate month(String column) {
        String value = required(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return YearMonth.parse(value).atDay(1);
        } catch (DateTimeParseException e) {
            problem(column, value, "Must be a month as YYYY-MM");
            return null;
        }
    }

    /** A decimal within [min, max], or null when blank. */
    Double decimal(String column, double min, double max) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (d < min || d > max || Double.isNaN(d)) {
                problem(column, value, "Must be between " + min + " and " + max);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            problem(column, value, "Must be a decimal number");
            return null;
        }
    }

    /** Blank, or one of the allowed values (compared exactly). */
    String oneOf(String column, Set<String> allowed) {
        String value = text(column);
        if (!value.isEmpty() && !allowed.contains(value)) {
            problem(column, value, "Unknown value; must be one of: " + String.join(", ", new java.util.TreeSet<>(allowed)));
        }
        return value;
    }

    String matching(String column, java.util.regex.Pattern pattern, String rule) {
        String value = text(column);
        if (!value.isEmpty() && !pattern.matcher(value).matches()) {
            problem(column, value, rule);
        }
        return value;
    }

    void problem(String column, String value, String rule) {
        problems.add(new ImportProblem(line(), column, value, rule));
    }

    boolean ok() {
        return problems.isEmpty();
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
