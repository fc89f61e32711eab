package org.annalist;

import java.util.Map;
import org.annalist.cli.AnnalistCommand;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Annalist: with no command, starts the web application; with one ({@code ingest}, {@code documents}...), runs it
 * as a command-line tool without the web server.
 */
@SpringBootApplication
public class AnnalistApplication {

    public static void main(String[] args) {
        if (AnnalistCommand.isCommandLine(args)) {
            System.exit(AnnalistCommand.execute(AnnalistApplication::commandLineContext, args));
        }
        SpringApplication.run(AnnalistApplication.class, args);
    }

    /** The application's services without the web server, quiet, for one command. */
    public static ConfigurableApplicationContext commandLineContext() {
        return new SpringApplicationBuilder(AnnalistApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of(
                        // Vaadin's auto-configuration assumes a web application; the CLI has none.
                        "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                        "logging.level.root", "WARN",
                        // Flyway warns that H2 2.4 is newer than it was verified with: noise for CLI users.
                        "logging.level.org.flywaydb.core.internal.database.base.Database", "ERROR",
                        "spring.main.register-shutdown-hook", "false"))
                .run();
    }
}
