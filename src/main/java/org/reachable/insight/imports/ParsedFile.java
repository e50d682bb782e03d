package org.reachable.insight.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.reachable.insight.ImportProblem;
import org.reachable.insight.ImportRefusedException;
import org.reachable.insight.ImportReport;

/** Every row of a file, parsed: the rows to store, the months they cover, and the problems (capped for display). */
public record ParsedFile<T>(List<T> rows, SortedSet<LocalDate> months, long rowsRead, long rowsRejected,
                            List<ImportProblem> problems) {

    static final int PROGRESS_EVERY = 50_000;

    public static <T> ParsedFile<T> read(CSVParser csv, RowParser<T> parser, LongConsumer progress) {
        List<T> rows = new ArrayList<>();
        SortedSet<LocalDate> months = new TreeSet<>();
        List<ImportProblem> problems = new ArrayList<>();
        long read = 0;
        long rejected = 0;
        try (csv) {
            for (CSVRecord record : csv) {
                read++;
                switch (parser.parse(record)) {
                    case RowParser.Parsed<T> parsed -> {
                        rows.add(parsed.row());
                        months.add(parser.monthOf(parsed.row()));
                    }
                    case RowParser.Refused<T> refused -> {
                        rejected++;
                        refused.problems().stream().limit(ImportReport.PROBLEMS_SHOWN - problems.size())
                                .forEach(problems::add);
                    }
                }
                if (read % PROGRESS_EVERY == 0) {
                    progress.accept(read);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports malformed quoting this way, naming the line.
            throw new ImportRefusedException("The file is not well-formed CSV after " + read + " rows: "
                    + e.getMessage(), e);
        }
        return new ParsedFile<>(rows, months, read, rejected, problems);
    }
}
