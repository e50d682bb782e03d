package org.reachable.insight.imports;

import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.reachable.insight.ImportProblem;

/** Turns one record of a source's CSV file into a row to store, or into the problems that refuse it. */
public interface RowParser<T> {

    List<String> requiredColumns();

    /** The parsed row, or a list of problems (never both, never neither). */
    Result<T> parse(CSVRecord record);

    /** The month a row belongs to: re-importing a month replaces it. */
    LocalDate monthOf(T row);

    sealed interface Result<T> {
    }

    record Parsed<T>(T row) implements Result<T> {
    }

    record Refused<T>(List<ImportProblem> problems) implements Result<T> {
    }

    static <T> Result<T> result(RowChecks checks, java.util.function.Supplier<T> row) {
        return checks.ok() ? new Parsed<>(row.get()) : new Refused<>(List.copyOf(checks.problems()));
    }
}
