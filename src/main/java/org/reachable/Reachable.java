package org.reachable;

import org.reachable.platform.cli.Subcommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one deployable jar. {@code serve} (the default) runs the web application; any other first argument names a
 * batch subcommand ({@code generate}, {@code verify}, ...) that runs without the web server and exits.
 */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class Reachable {

    public static void main(String[] args) {
        String command = args.length == 0 || args[0].startsWith("-") ? Subcommands.SERVE : args[0];
        SpringApplication app = new SpringApplication(Reachable.class);
        if (Subcommands.SERVE.equals(command)) {
            app.run(Subcommands.withoutCommandName(args));
            return;
        }
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("batch");
        System.setProperty(Subcommands.COMMAND_PROPERTY, command);
        System.exit(SpringApplication.exit(app.run(Subcommands.withoutCommandName(args))));
    }
}
