package org.reachable.insight;

import java.time.YearMonth;
import java.util.List;

/**
 * What an import did. {@code written} is false when the file was refused as a whole (nothing changed); otherwise the
 * months listed were replaced by this file's rows. {@code problems} holds at most {@link #PROBLEMS_SHOWN} problems;
 * {@code rowsRejected} counts them all.
 */
public record ImportReport(String source, String fileName, long rowsRead, long rowsLoaded, long rowsRejected,
                           List<YearMonth> months, List<ImportProblem> problems, boolean written) {

    public static final int PROBLEMS_SHOWN = 1000;

    public ImportReport {
        months = List.copyOf(months);
        problems = List.copyOf(problems);
    }
}
