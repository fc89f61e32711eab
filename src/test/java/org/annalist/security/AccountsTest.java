package org.annalist.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.annalist.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.test.context.ActiveProfiles;

/** Accounts as the admin page and the command line manage them, and the first admin of a fresh start. */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class AccountsTest {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcUserDetailsManager users;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void empty() {
        jdbc.sql("DELETE FROM authorities").update();
        jdbc.sql("DELETE FROM users").update();
    }

    private static java.util.List<String> roles(Authentication authentication) {
        // Spring Security adds the factor it checked (FACTOR_PASSWORD): the roles are what matters here.
        return authentication.getAuthorities().stream().map(a -> a.getAuthority()).filter(a -> a.startsWith("ROLE_")).toList();
    }

    private Authentication signIn(String name, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        AuthenticationManager manager = new ProviderManager(provider);
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
    }

    @Test
    void anAccountSignsInWithItsPasswordAndHoldsItsRoleAndTheOnesBelow() {
        accounts.add("Eddie", UserRole.EDITOR, "a long enough password");
        assertThat(accounts.find("eddie")).contains(new Account("eddie", UserRole.EDITOR, true));
        // Stored hashed, with the encoder's id, never as typed.
        String stored = jdbc.sql("SELECT password FROM users WHERE username = 'eddie'").query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("a long enough password");
        Authentication eddie = signIn("EDDIE", "a long enough password");
        assertThat(roles(eddie)).containsExactlyInAnyOrder("ROLE_READER", "ROLE_EDITOR");
        assertThatThrownBy(() -> signIn("eddie", "a wrong password!")).isInstanceOf(BadCredentialsException.class);

        accounts.setPassword("eddie", "another long password");
        assertThatThrownBy(() -> signIn("eddie", "a long enough password")).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn("eddie", "another long password").getName()).isEqualTo("eddie");

        accounts.setRole("eddie", UserRole.READER);
        assertThat(roles(signIn("eddie", "another long password"))).containsExactly("ROLE_READER");
        accounts.remove("eddie");
        assertThat(accounts.find("eddie")).isEmpty();
        assertThatThrownBy(() -> signIn("eddie", "another long password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void badNamesShortPasswordsDuplicatesAndTheLastAdminAreRefusedWithAReason() {
        assertThatThrownBy(() -> accounts.add("a b", UserRole.READER, "long enough pw")).hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> accounts.add("", UserRole.READER, "long enough pw")).hasMessageContaining("(empty)");
        assertThatThrownBy(() -> accounts.add("rita", UserRole.READER, "short")).hasMessageContaining("at least 10");
        assertThatThrownBy(() -> accounts.add("rita", UserRole.READER, "é".repeat(40))).hasMessageContaining("72 bytes");
        accounts.add("rita", UserRole.READER, "long enough pw");
        assertThatThrownBy(() -> accounts.add("RITA", UserRole.EDITOR, "long enough pw")).hasMessageContaining("exists already");
        accounts.add("ada", UserRole.ADMIN, "long enough pw");
        assertThatThrownBy(() -> accounts.remove("ada")).hasMessageContaining("only admin");
        assertThatThrownBy(() -> accounts.setRole("ada", UserRole.EDITOR)).hasMessageContaining("only admin");
        assertThatThrownBy(() -> accounts.setPassword("nobody", "long enough pw")).hasMessageContaining("No account named nobody");
        accounts.add("bob", UserRole.ADMIN, "long enough pw");
        accounts.remove("ada");
        assertThat(accounts.list()).extracting(Account::name).containsExactly("bob", "rita");
    }

    @Test
    void theFirstStartCreatesOneAdminAndPrintsItsPasswordOnce() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        SecuritySettings defaults = new SecuritySettings(null, null, null, null, null, null, null, null);
        FirstAdmin first = new FirstAdmin(accounts, defaults, new PrintStream(console, true, StandardCharsets.UTF_8));
        first.run(null);
        String printed = console.toString(StandardCharsets.UTF_8);
        String password = printed.replaceAll("(?s).*with the password  (\\S+).*", "$1");
        assertThat(password).hasSize(20);
        assertThat(roles(signIn("admin", password))).hasSize(3);
        first.run(null);
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo(printed);
        assertThat(accounts.list()).hasSize(1);
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        accounts.add("gone", UserRole.READER, "long enough pw");
        jdbc.sql("UPDATE users SET enabled = FALSE WHERE username = 'gone'").update();
        assertThatThrownBy(() -> signIn("gone", "long enough pw")).isInstanceOf(DisabledException.class);
    }
}
