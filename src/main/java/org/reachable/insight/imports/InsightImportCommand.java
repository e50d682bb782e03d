package org.reachable.insight.imports;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reachable.insight.ImportRefusedException;
import org.reachable.insight.ImportReport;
import org.reachable.insight.IncidentSource;
import org.reachable.insight.InsightImports;
import org.reachable.platform.cli.CommandArguments;
import org.reachable.platform.cli.Subcommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code java -jar reachable.jar insight-import KIND FILE...}: loads police.uk street crime or stop and search files,
 * Census 2021 population, or the partner sources (ED assaults, ambulance, school exclusions, fire), printing progress and a report of every refused row. Exit 0 when every file loaded,
 * 1 when a file was refused (nothing written from it), 2 for a usage error.
 */
@Component
class InsightImportCommand implements Subcommand {

    private static final int PROBLEMS_PRINTED = 50;

    private final InsightImports imports;

    InsightImportCommand(InsightImports imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "insight-import";
    }

    @Override
    public String summary() {
        return "import police.uk, census, ED assault, ambulance, school exclusion or fire CSV files into Insight "
                + "(a month re-imported replaces it)";
    }

    @Override
    public int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    int run(String[] args, PrintWriter out, PrintWriter err) {
        String[] own = CommandArguments.withoutSpringProperties(args);
        if (own.length > 0 && own[0].equals(name())) {
            own = java.util.Arrays.copyOfRange(own, 1, own.length);
        }
        return new CommandLine(new Options(out, err)).setOut(out).setErr(err).execute(own);
    }

    enum Kind { STREET_CRIME, STOP_SEARCH, CENSUS, ED_ASSAULT, AMBULANCE, SCHOOL_EXCLUSION, FIRE, BOUNDARIES, SCHOOLS }

    @Command(name = "insight-import", mixinStandardHelpOptions = true,
            description = "Import partner data files into Insight.")
    final class Options implements Callable<Integer> {

        @Parameters(index = "0", description = "street-crime | stop-search | census | ed-assault | ambulance | "
                + "school-exclusion | fire | boundaries | schools",
                converter = KindConverter.class)
        Kind kind;

        @Parameters(index = "1..*", arity = "1..*", description = "CSV files (.csv or .csv.gz); GeoJSON for boundaries")
        java.util.List<Path> files;

        @Option(names = "--accept-partial", description = "load the valid rows even when some rows are refused")
        boolean acceptPartial;

        private final PrintWriter out;
        private final PrintWriter err;

        Options(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            int exit = 0;
            for (Path file : files) {
                out.println("Importing " + file + " ...");
                long started = System.nanoTime();
                try {
                    ImportReport report = switch (kind) {
                        case STREET_CRIME -> imports.streetCrime(file, acceptPartial, this::progress);
                        case STOP_SEARCH -> imports.stopSearch(file, acceptPartial, this::progress);
                        case CENSUS -> imports.population(file, this::progress);
                        case ED_ASSAULT, AMBULANCE, SCHOOL_EXCLUSION, FIRE -> imports.partner(
                                IncidentSource.valueOf(kind.name()), file, acceptPartial, this::progress);
                        case BOUNDARIES -> imports.boundaries(file);
                        case SCHOOLS -> imports.schools(file, this::progress);
                    };
                    print(report);
                    out.printf("  done in %.1f s (parse, replace the months, refresh the analytics)%n",
                            (System.nanoTime() - started) / 1e9);
                    exit = report.written() ? exit : 1;
                } catch (ImportRefusedException e) {
                    err.println("Refused " + file + ": " + e.getMessage() + " Nothing was written.");
                    exit = 1;
                }
            }
            return exit;
        }

        private void progress(long rows) {
            out.printf("  %,d rows read%n", rows);
        }

        private void print(ImportReport report) {
            out.printf("  %s: %,d rows read, %,d loaded, %,d refused; months replaced: %s%n", report.fileName(),
                    report.rowsRead(), report.rowsLoaded(), report.rowsRejected(),
                    report.months().isEmpty() ? "none" : report.months());
            report.problems().stream().limit(PROBLEMS_PRINTED).forEach(p -> out.println("  - " + p));
            if (report.rowsRejected() > PROBLEMS_PRINTED) {
                out.println("  (the first " + report.problems().size() + " problems are kept in insight_import_problem)");
            }
            if (!report.written()) {
                err.println("Refused " + report.fileName() + ": " + report.rowsRejected()
                        + " row(s) have problems. Nothing was written; fix them or use --accept-partial.");
            }
        }
    }

    static final class KindConverter implements CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            try {
                return Kind.valueOf(value.toUpperCase().replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a kind of file; use street-crime, stop-search, census, ed-assault, "
                                + "ambulance, school-exclusion, fire, boundaries or schools");
            }
        }
    }
}
