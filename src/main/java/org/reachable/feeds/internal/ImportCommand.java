package org.reachable.feeds.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.reachable.feeds.ImportFiles;
import org.reachable.feeds.ImportJob;
import org.reachable.platform.cli.CommandArguments;
import org.reachable.platform.cli.Subcommand;
import org.reachable.platform.events.ListenerBacklog;
import org.reachable.platform.validation.InvalidInputException;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code java -jar reachable.jar import --format csv-police --organisation CODE FILE...}: imports batch files for
 * an organisation, printing progress. Exit 0 when every file was read to the end (quarantined records included:
 * they are listed in Reachable for correction), 1 when a file could not be read, 2 for wrong options.
 */
@Component
class ImportCommand implements Subcommand {


    /** How long the listeners' backlog may stand still before the command stops waiting for it. */
    private static final Duration LISTENER_STALL = Duration.ofMinutes(2);

    private final ImportFiles files;
    private final ListenerBacklog backlog;

    ImportCommand(ImportFiles files, ListenerBacklog backlog) {
        this.files = files;
        this.backlog = backlog;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import agency batch files (--format, --organisation, FILE...); resumes an interrupted import";
    }

    @Override
    public int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        args = CommandArguments.withoutSpringProperties(args);
        CommandLine command = new CommandLine(new Options(out, err)).setOut(out).setErr(err);
        command.getCommandSpec().name("import");
        return command.execute(args);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import agency batch files: every record is committed or quarantined, exactly once.")
    final class Options implements Callable<Integer> {

        @Option(names = "--format", required = true, description = "csv-police, csv-health, ... (see docs/feeds.md)")
        String format;

        @Option(names = "--organisation", required = true, description = "the sending organisation's code")
        String organisation;

        @Option(names = "--source-system", description = "source system for records that name none "
                + "(default: the organisation's code)")
        String sourceSystem;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> paths;

        private final PrintWriter out;
        private final PrintWriter err;

        Options(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() throws InterruptedException {
            int exit = 0;
            Instant began = Instant.now();
            for (Path path : paths) {
                long started = System.nanoTime();
                try {
                    ImportFiles.Started result = files.importFile(path, format, organisation, sourceSystem,
                            job -> out.printf("  %s: %d%% — %,d committed, %,d already received, %,d quarantined%n",
                                    job.fileName(), job.percent(), job.committed(), job.duplicates(),
                                    job.quarantined()));
                    ImportJob job = result.job();
                    if (result.alreadyImported()) {
                        out.printf("%s was already imported completely (import %s); nothing to do.%n", path,
                                job.id());
                        continue;
                    }
                    double seconds = (System.nanoTime() - started) / 1e9;
                    out.printf("%s: %s in %.1f s — %,d committed, %,d already received, %,d quarantined "
                                    + "(import %s)%n", path, job.status(), seconds, job.committed(), job.duplicates(),
                            job.quarantined(), job.id());
                    if (job.failure() != null) {
                        err.println("  " + job.failure());
                        exit = 1;
                    }
                } catch (InvalidInputException e) {
                    e.problems().forEach(p -> err.printf("%s %s: %s%n", p.field(),
                            p.rejectedValue() == null ? "" : "'" + p.rejectedValue() + "'", p.message()));
                    return 2;
                }
            }
            awaitListeners(began);
            return exit;
        }

        /**
         * The front door and reachable moments handle the imported events after each batch commits, on other threads;
         * the import is not done (and the JVM must not exit) before they have.
         */
        private void awaitListeners(Instant began) throws InterruptedException {
            long started = System.nanoTime();
            long left = backlog.awaitDrained(began, LISTENER_STALL, pending -> { });
            double seconds = (System.nanoTime() - started) / 1e9;
            if (left == 0) {
                out.printf("Listeners (front door, reachable moments): all handled, %.1f s after the last file%n",
                        seconds);
            } else {
                err.printf("Listeners: %,d calls still pending after %.1f s with no progress; they are kept and run "
                        + "again when Reachable next starts%n", left, seconds);
            }
        }
    }
}
