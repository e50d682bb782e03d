package org.reachable.linkage.command;

import java.io.PrintWriter;
import java.util.List;
import org.reachable.linkage.IdentifierCheck;
import org.reachable.platform.cli.CommandArguments;
import org.reachable.platform.cli.Subcommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * {@code java -jar reachable.jar link [options]}: deduplicates one or more CSV files, or links two, and writes
 * {@code record_id,cluster_id} for every record; with a truth, also prints precision, recall and F1.
 */
@Component
public class LinkCommand implements Subcommand {

    /** Spring properties on the command line are for Spring, not for this command. */

    private final IdentifierCheck check;

    LinkCommand(List<IdentifierCheck> checks) {
        this.check = combined(checks);
    }

    @Override
    public String name() {
        return "link";
    }

    @Override
    public String summary() {
        return "deduplicate or link CSV files of people; write record_id,cluster_id (and score against a truth)";
    }

    @Override
    public int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public int run(String[] args, PrintWriter out, PrintWriter err) {
        String[] own = CommandArguments.withoutSpringProperties(args);
        LinkOptions options = new LinkOptions(check, out, err);
        CommandLine command = new CommandLine(options).setOut(out).setErr(err).setUnmatchedArgumentsAllowed(false);
        command.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("link failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        });
        return command.execute(own);
    }

    /** Valid when any check that knows the scheme says so. */
    static IdentifierCheck combined(List<IdentifierCheck> checks) {
        if (checks.isEmpty()) {
            return IdentifierCheck.NONE;
        }
        return new IdentifierCheck() {
            @Override
            public boolean hasCheckDigit(String scheme) {
                return checks.stream().anyMatch(c -> c.hasCheckDigit(scheme));
            }

            @Override
            public boolean isValid(String scheme, String value) {
                return checks.stream().anyMatch(c -> c.hasCheckDigit(scheme) && c.isValid(scheme, value));
            }
        };
    }
}
