package org.reachable.synthetic;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.reachable.platform.cli.CommandArguments;
import org.reachable.platform.cli.Subcommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code java -jar reachable.jar generate [options]}: generates a synthetic borough, loads it into an empty
 * database (unless {@code --no-load}) and writes the agency views and ground truth (with {@code --out}).
 */
@Component
class GenerateCommand implements Subcommand {

    static final int USAGE = 2;
    /** Spring properties on the command line (e.g. {@code --reachable.database.directory=...}) are for Spring, not us. */

    private final BoroughLoader loader;
    private final Clock clock;
    private final long defaultSeed;

    GenerateCommand(BoroughLoader loader, Clock clock, @Value("${reachable.demo.seed:20261122}") long defaultSeed) {
        this.loader = loader;
        this.clock = clock;
        this.defaultSeed = defaultSeed;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "generate a synthetic borough into an empty database and/or agency view files";
    }

    @Override
    public int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    int run(String[] args, PrintWriter out, PrintWriter err) {
        Options options = new Options(out, err);
        args = CommandArguments.withoutSpringProperties(args);
        CommandLine command = new CommandLine(options).setOut(out).setErr(err)
                .setUnmatchedArgumentsAllowed(false);
        command.getCommandSpec().name("generate");
        return command.execute(args);
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Generate a deterministic synthetic borough (fictional children, events and agencies).")
    final class Options implements Callable<Integer> {

        @Option(names = "--seed", description = "random seed (default: reachable.demo.seed)")
        Long seed;

        @Option(names = "--children", defaultValue = "20000", description = "children and young people (0-24)")
        int children;

        @Option(names = "--now", description = "the day history ends, ISO date (default: today)")
        LocalDate now;

        @Option(names = "--heavy-children", defaultValue = "0", description = "extra benchmark children")
        int heavyChildren;

        @Option(names = "--heavy-events", defaultValue = "2500", description = "events per heavy child (minimum)")
        int heavyEvents;

        @Option(names = "--out", description = "write agency views (police, schools, health, csc, yjs) and truth.csv")
        Path out;

        @Option(names = "--no-load", description = "only write files; do not touch the database")
        boolean noLoad;

        @Option(names = "--batch-size", defaultValue = "5000", description = "children generated and loaded at once")
        int batchSize;

        private final PrintWriter stdout;
        private final PrintWriter stderr;

        Options(PrintWriter stdout, PrintWriter stderr) {
            this.stdout = stdout;
            this.stderr = stderr;
        }

        @Override
        public Integer call() {
            if (noLoad && out == null) {
                stderr.println("Nothing to do: --no-load needs --out DIR to write the agency views to.");
                return USAGE;
            }
            BoroughSpec spec;
            try {
                spec = new BoroughSpec(seed == null ? defaultSeed : seed, children,
                        now == null ? LocalDate.now(clock) : now, heavyChildren, heavyEvents, "");
            } catch (IllegalArgumentException e) {
                stderr.println("Invalid options: " + e.getMessage());
                return USAGE;
            }
            if (batchSize < 100) {
                stderr.println("Invalid options: --batch-size must be at least 100");
                return USAGE;
            }
            if (!noLoad && !loader.registerIsEmpty()) {
                stderr.println("The register already holds " + loader.registeredChildren() + " children. generate "
                        + "only loads into an empty database: start from a fresh data directory, or use --no-load "
                        + "--out DIR to write files only.");
                return USAGE;
            }
            stdout.printf("Generating %,d children (seed %d, history to %s)%s%n", spec.totalChildren(), spec.seed(),
                    spec.today(), noLoad ? " - files only" : "");
            LoadSummary summary = loader.run(spec, out, !noLoad, batchSize, p -> stdout.printf(
                    "children %,d / %,d (%d%%) - events %,d - %.1f s%n", p.children(), p.totalChildren(),
                    p.percent(), p.events(), p.elapsed().toMillis() / 1000.0));
            stdout.printf("Done: %,d children, %,d events, %,d relationships in %.1f s%n", summary.children(),
                    summary.events(), summary.grants(), summary.took().toMillis() / 1000.0);
            if (out != null) {
                stdout.printf("Agency views: %,d records and truth.csv in %s%n", summary.agencyRecords(),
                        out.toAbsolutePath());
            }
            if (!noLoad) {
                stdout.println(DemoBanner.text(summary));
            } else {
                summary.heavy().forEach(h -> stdout.println("Heavy child: " + h.name() + " (" + h.events()
                        + " events) id " + h.id()));
            }
            return 0;
        }
    }
}
