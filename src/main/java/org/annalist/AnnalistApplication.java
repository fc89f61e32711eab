package org.annalist;

import org.annalist.cli.AnnalistCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Annalist: with no command, starts the web application; with one ({@code ingest}, {@code documents}...), runs it
 * as a command-line tool without the web server.
 */
@SpringBootApplication
public class AnnalistApplication {

    public static void main(String[] args) {
        if (AnnalistCommand.isCommandLine(args)) {
            System.exit(AnnalistCommand.execute(args));
        }
        SpringApplication.run(AnnalistApplication.class, args);
    }
}
