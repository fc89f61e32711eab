package org.annalist.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.annalist.security.Account;
import org.annalist.security.Accounts;
import org.annalist.security.UserRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code annalist users add|passwd|remove|list}: the accounts, for whoever runs Annalist on its machine. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"The accounts that can sign in to the web application, and their roles:",
                "  reader  the timeline, the documents, the exports",
                "  editor  a reader who also imports, corrects events and fixes documents",
                "  admin   an editor who also manages accounts and deletes documents",
                "A new password is generated and printed once, unless --password-stdin gives it."},
        subcommands = {UsersCommand.Add.class, UsersCommand.Passwd.class, UsersCommand.Role.class,
                UsersCommand.Remove.class, UsersCommand.ListAccounts.class})
class UsersCommand implements Runnable {

    @CommandLine.ParentCommand
    AnnalistCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A password read from standard input (its first line), or a new random one. */
    static final class PasswordSource {
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean fromStdin;

        String password() {
            if (!fromStdin) {
                return Accounts.generatedPassword();
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new IllegalArgumentException("No password on standard input.");
                }
                return line;
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read the password: " + e.getMessage(), e);
            }
        }

        void tell(PrintWriter out, String name, String password) {
            if (!fromStdin) {
                out.printf("password of %s (shown this once): %s%n", name, password);
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Creates an account.")
    static class Add implements Callable<Integer> {
        @CommandLine.ParentCommand
        UsersCommand users;
        @Parameters(paramLabel = "NAME", description = "Letters, digits and . _ @ - (case does not matter).")
        String name;
        @Option(names = "--role", required = true, description = "reader, editor or admin.")
        String role;
        @CommandLine.Mixin
        PasswordSource source = new PasswordSource();

        @Override
        public Integer call() {
            UserRole parsed = parseRole(role);
            String password = source.password();
            Account account = users.root.service(Accounts.class).add(name, parsed, password);
            PrintWriter out = users.spec.commandLine().getOut();
            out.printf("added      %s (%s)%n", account.name(), account.role().label());
            source.tell(out, account.name(), password);
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Gives an account a new password.")
    static class Passwd implements Callable<Integer> {
        @CommandLine.ParentCommand
        UsersCommand users;
        @Parameters(paramLabel = "NAME")
        String name;
        @CommandLine.Mixin
        PasswordSource source = new PasswordSource();

        @Override
        public Integer call() {
            String password = source.password();
            users.root.service(Accounts.class).setPassword(name, password);
            PrintWriter out = users.spec.commandLine().getOut();
            out.printf("password   %s changed%n", name);
            source.tell(out, name, password);
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Changes the role of an account.")
    static class Role implements Callable<Integer> {
        @CommandLine.ParentCommand
        UsersCommand users;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "ROLE", description = "reader, editor or admin.")
        String role;

        @Override
        public Integer call() {
            Account account = users.root.service(Accounts.class).setRole(name, parseRole(role));
            users.spec.commandLine().getOut().printf("role       %s: %s%n", account.name(), account.role().label());
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes an account (its history stays).")
    static class Remove implements Callable<Integer> {
        @CommandLine.ParentCommand
        UsersCommand users;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            users.root.service(Accounts.class).remove(name);
            users.spec.commandLine().getOut().printf("removed    %s%n", name);
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts and their roles.")
    static class ListAccounts implements Callable<Integer> {
        @CommandLine.ParentCommand
        UsersCommand users;

        @Override
        public Integer call() {
            PrintWriter out = users.spec.commandLine().getOut();
            for (Account account : users.root.service(Accounts.class).list()) {
                out.printf("%-24s %-7s %s%n", account.name(), account.role().label(), account.enabled() ? "active" : "disabled");
            }
            return CommandLine.ExitCode.OK;
        }
    }

    private static UserRole parseRole(String role) {
        return UserRole.parse(role).orElseThrow(() -> new IllegalArgumentException(
                "Unknown role " + role + ": reader, editor or admin."));
    }
}
