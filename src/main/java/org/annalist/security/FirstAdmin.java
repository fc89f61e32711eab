package org.annalist.security;

import java.io.PrintStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first start of the web application creates the first account, {@code admin}, with a random password printed
 * once on the console (on standard output, not in the log), so nothing is open before someone has signed in.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FirstAdmin implements ApplicationRunner {

    public static final String NAME = "admin";

    private final Accounts accounts;
    private final SecuritySettings settings;
    private final PrintStream console;

    @Autowired
    public FirstAdmin(Accounts accounts, SecuritySettings settings) {
        this(accounts, settings, System.out);
    }

    FirstAdmin(Accounts accounts, SecuritySettings settings, PrintStream console) {
        this.accounts = accounts;
        this.settings = settings;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String given = settings.initialAdminPassword();
        String password = given == null || given.isBlank() ? Secrets.password(20) : given;
        SystemIdentity.run("system:first-start", () -> accounts.add(NAME, UserRole.ADMIN, password));
        if (given == null || given.isBlank()) {
            console.println();
            console.println("  Annalist: first start. Sign in as  " + NAME + "  with the password  " + password);
            console.println("  It is shown this once. Change it with: annalist users passwd " + NAME);
            console.println();
            console.flush();
        }
    }
}
