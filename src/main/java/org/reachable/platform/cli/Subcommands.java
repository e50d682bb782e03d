package org.reachable.platform.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Finds the subcommand named on the command line and runs it; its exit code becomes the process's. */
@Component
@Profile("batch")
public class Subcommands implements ApplicationRunner, ExitCodeGenerator {

    public static final String SERVE = "serve";
    public static final String COMMAND_PROPERTY = "reachable.command";

    private final List<Subcommand> subcommands;
    private int exitCode = 0;

    Subcommands(List<Subcommand> subcommands) {
        this.subcommands = subcommands.stream().sorted(Comparator.comparing(Subcommand::name)).toList();
    }

    public static String[] withoutCommandName(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            return Arrays.copyOfRange(args, 1, args.length);
        }
        return args;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String name = System.getProperty(COMMAND_PROPERTY, "help");
        exitCode = subcommands.stream()
                .filter(command -> command.name().equals(name))
                .findFirst()
                .map(command -> command.run(arguments.getSourceArgs()))
                .orElseGet(() -> printHelp(name));
    }

    private int printHelp(String unknown) {
        if (!"help".equals(unknown)) {
            System.err.println("Unknown command '" + unknown + "'.");
        }
        System.out.println("Usage: java -jar reachable.jar [command] [options]");
        System.out.println("  serve       run the web application (default)");
        subcommands.forEach(c -> System.out.printf("  %-11s %s%n", c.name(), c.summary()));
        return "help".equals(unknown) ? 0 : 2;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
