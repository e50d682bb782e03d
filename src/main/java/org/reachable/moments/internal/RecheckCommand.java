package org.reachable.moments.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.reachable.moments.rules.MomentRule;
import org.reachable.platform.cli.CommandArguments;
import org.reachable.platform.cli.Subcommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar reachable.jar recheck [--rules KEY,KEY]}: judges the active rules (or the ones named) for every
 * child as at now, printing progress, as the server does in the background after a rule change. Exit 0 when done,
 * 2 for wrong options.
 */
@Component
class RecheckCommand implements Subcommand {

    private final Reevaluation reevaluation;
    private final ActiveRules rules;

    RecheckCommand(Reevaluation reevaluation, ActiveRules rules) {
        this.reevaluation = reevaluation;
        this.rules = rules;
    }

    @Override
    public String name() {
        return "recheck";
    }

    @Override
    public String summary() {
        return "judge the reachable-moment rules (--rules KEY,...) for every child as at now, with progress";
    }

    @Override
    public int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        CommandLine command = new CommandLine(new Options(out)).setOut(out).setErr(err);
        command.getCommandSpec().name("recheck");
        return command.execute(CommandArguments.withoutSpringProperties(args));
    }

    @Command(name = "recheck", mixinStandardHelpOptions = true,
            description = "Judge the reachable-moment rules for every child as at now.")
    final class Options implements Callable<Integer> {

        @Option(names = "--rules", split = ",", description = "rule keys (default: every active rule)")
        List<String> keys;

        private final PrintWriter out;

        Options(PrintWriter out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            rules.reload();
            List<String> active = rules.rules().stream().map(MomentRule::key).toList();
            List<String> judged = keys == null ? active : keys;
            List<String> unknown = judged.stream().filter(k -> !active.contains(k)).toList();
            if (!unknown.isEmpty()) {
                out.println("Not an active rule: " + String.join(", ", unknown) + ". Active: "
                        + String.join(", ", active));
                return 2;
            }
            long started = System.nanoTime();
            out.println("Judging " + judged.size() + " rules for every child with events ...");
            long findings = reevaluation.runNow("recheck command", judged, (children, found) ->
                    out.printf("  %,d children, %,d findings, %.1f s%n", children, found,
                            (System.nanoTime() - started) / 1e9));
            out.printf("Done: %,d findings in %.1f s (rules: %s)%n", findings, (System.nanoTime() - started) / 1e9,
                    Arrays.toString(judged.toArray()));
            return 0;
        }
    }
}
