package org.reachable.platform.cli;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The arguments a subcommand should parse itself. Spring properties given on the same command line
 * ({@code --spring.datasource.url=...}, {@code --server.port=...}) configure the application and are for Spring, so
 * each command's own option parser would reject them as unknown options.
 */
public final class CommandArguments {

    private static final Pattern SPRING_PROPERTY = Pattern.compile("--[a-z0-9-]+\\.[^=]+=.*");

    private CommandArguments() {
    }

    public static String[] withoutSpringProperties(String[] args) {
        return Arrays.stream(args).filter(a -> !SPRING_PROPERTY.matcher(a).matches()).toArray(String[]::new);
    }
}
