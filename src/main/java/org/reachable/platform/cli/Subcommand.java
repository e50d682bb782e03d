package org.reachable.platform.cli;

/**
 * A batch job that the jar can run instead of serving, e.g. {@code java -jar reachable.jar generate --children 5000}.
 * Each module contributes its own subcommands as Spring beans; options are parsed with picocli.
 */
public interface Subcommand {

    /** The word typed on the command line. */
    String name();

    /** One line shown by {@code help}. */
    String summary();

    /** Runs the job and returns the process exit code (0 for success). */
    int run(String[] args);
}
