package org.annalist.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.PrintWriter;
import java.util.function.Supplier;
import org.annalist.security.SystemIdentity;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code annalist} command line: one subcommand a capability; the database is opened only when one needs it. */
@Command(name = "annalist", mixinStandardHelpOptions = true, versionProvider = AnnalistCommand.Version.class,
        description = "Turns news articles into an explorable chronology. Without a command, "
                + "java -jar annalist.jar starts the web application on http://127.0.0.1:8080.",
        subcommands = {IngestCommand.class, DocumentsCommand.class, SetDateCommand.class, AddEventCommand.class, EditDocumentCommand.class,
                DeleteDocumentCommand.class, ReextractCommand.class, LoadBatchCommand.class, UsersCommand.class, TagCommand.class, EvalTimexCommand.class,
                EvalDocumentsCommand.class, EvalEventsCommand.class, EvalMergeCommand.class, EvalKeyDatesCommand.class, EntitiesCommand.class, EventsCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nDatabase:%n",
        footer = {"  The H2 file ./data/annalist by default; any JDBC database through the",
                "  standard Spring properties, e.g.",
                "  java -Dspring.datasource.url=jdbc:h2:file:/srv/annalist -jar annalist.jar",
                "%nExit codes:",
                "  0  success",
                "  1  some input was rejected, a document was not found, or an error occurred",
                "  2  usage error (unknown command or option, bad value)"})
public class AnnalistCommand implements Runnable, AutoCloseable {

    static final int REJECTED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Starts the application's services without the web server (given by the application: the CLI does not know it). */
    private final Supplier<ConfigurableApplicationContext> contexts;
    private ConfigurableApplicationContext context;

    public AnnalistCommand(Supplier<ConfigurableApplicationContext> contexts) {
        this.contexts = contexts;
    }

    /** True when the arguments name a command (or ask for help) rather than configure the web application. */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return !first.startsWith("--") || first.equals("--help") || first.equals("--version")
                || new CommandLine(new AnnalistCommand(() -> null)).getSubcommands().containsKey(first);
    }

    public static int execute(Supplier<ConfigurableApplicationContext> contexts, String... args) {
        try (AnnalistCommand root = new AnnalistCommand(contexts)) {
            return execute(root, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        }
    }

    /** Runs a command with the given output streams (tests use this). */
    public static int execute(AnnalistCommand root, PrintWriter out, PrintWriter err, String... args) {
        quietLogging();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("annalist: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return CommandLine.ExitCode.SOFTWARE;
        });
        // Whoever runs the command line has the machine's files, so every right; the history names them.
        return SystemIdentity.call(SystemIdentity.commandLine(), () -> commandLine.execute(args));
    }

    /** Commands print their results on standard output: libraries' logs (Natty's parse traces) stay out of it. */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The application's services, starting them (database, migrations) on first use, without the web server. */
    <T> T service(Class<T> type) {
        if (context == null) {
            context = contexts.get();
        }
        return context.getBean(type);
    }

    boolean started() {
        return context != null;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AnnalistCommand.class.getPackage().getImplementationVersion();
            return new String[] {"annalist " + (version == null ? "(development build)" : version)};
        }
    }
}
