package org.annalist.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts: listed, created, re-keyed, re-roled and removed by an admin (the web page) or by whoever runs the command
 * line on the machine. Names are case-insensitive (kept in lower case); passwords are stored hashed by the delegating encoder.
 */
@Service
public class Accounts {

    /** Letters, digits and . _ @ - : a name that reads the same in a log, a URL and a terminal. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");
    public static final int MINIMUM_PASSWORD = 10;

    private final JdbcUserDetailsManager users;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;

    public Accounts(JdbcUserDetailsManager users, PasswordEncoder encoder, JdbcClient jdbc) {
        this.users = users;
        this.encoder = encoder;
        this.jdbc = jdbc;
    }

    /** A new random password (20 letters and digits), for an account created or re-keyed by an admin. */
    public static String generatedPassword() {
        return Secrets.password(20);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Account> list() {
        List<Account> accounts = new ArrayList<>();
        for (String name : jdbc.sql("SELECT username FROM users ORDER BY username").query(String.class).list()) {
            find(name).ifPresent(accounts::add);
        }
        return accounts;
    }

    public Optional<Account> find(String name) {
        String key = normalise(name);
        if (!users.userExists(key)) {
            return Optional.empty();
        }
        UserDetails user = users.loadUserByUsername(key);
        List<String> granted = user.getAuthorities().stream().map(a -> a.getAuthority()).toList();
        return Optional.of(new Account(key, UserRole.highest(granted).orElse(UserRole.READER), user.isEnabled()));
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account add(String name, UserRole role, String password) {
        String key = checkedName(name);
        if (users.userExists(key)) {
            throw new IllegalArgumentException("An account named " + key + " exists already.");
        }
        users.createUser(details(key, encoder.encode(checkedPassword(password)), role, true));
        return new Account(key, role, true);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setPassword(String name, String password) {
        Account account = existing(name);
        users.updateUser(details(account.name(), encoder.encode(checkedPassword(password)), account.role(), account.enabled()));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account setRole(String name, UserRole role) {
        Account account = existing(name);
        if (account.role() == UserRole.ADMIN && role != UserRole.ADMIN) {
            refuseLastAdmin(account);
        }
        String hash = users.loadUserByUsername(account.name()).getPassword();
        users.updateUser(details(account.name(), hash, role, account.enabled()));
        return new Account(account.name(), role, account.enabled());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(String name) {
        Account account = existing(name);
        if (account.role() == UserRole.ADMIN) {
            refuseLastAdmin(account);
        }
        users.deleteUser(account.name());
    }

    private void refuseLastAdmin(Account account) {
        long admins = list().stream().filter(a -> a.role() == UserRole.ADMIN && a.enabled()).count();
        if (admins <= 1) {
            throw new IllegalArgumentException(account.name() + " is the only admin: make another admin first.");
        }
    }

    private Account existing(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("No account named " + normalise(name) + "."));
    }

    private static UserDetails details(String name, String hash, UserRole role, boolean enabled) {
        return User.withUsername(name).password(hash).authorities(role.authorities().toArray(String[]::new))
                .disabled(!enabled).build();
    }

    static String normalise(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static String checkedName(String name) {
        String key = normalise(name);
        if (!NAME.matcher(key).matches()) {
            throw new IllegalArgumentException("An account name is 1 to 64 letters, digits or . _ @ - (starting with a "
                    + "letter or digit): " + (key.isEmpty() ? "(empty)" : key));
        }
        return key;
    }

    private static String checkedPassword(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD) {
            throw new IllegalArgumentException("A password has at least " + MINIMUM_PASSWORD + " characters.");
        }
        // bcrypt reads 72 bytes at most: a longer password would be cut silently, so it is refused.
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            throw new IllegalArgumentException("A password has at most 72 bytes (72 letters without accents).");
        }
        return password;
    }
}
