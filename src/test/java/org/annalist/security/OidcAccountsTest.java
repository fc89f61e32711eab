package org.annalist.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.annalist.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.ActiveProfiles;

/** A person the identity provider signed in gets the role of their local account, or the configured default. */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class OidcAccountsTest {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        jdbc.sql("DELETE FROM authorities").update();
        jdbc.sql("DELETE FROM users").update();
    }

    private static OidcUser fromProvider(Map<String, Object> claims) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                new java.util.HashMap<>(Map.of("sub", "id-42", "iss", "https://idp.example")) {{
                    putAll(claims);
                }});
        return new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), token);
    }

    private static SecuritySettings defaultRole(String role) {
        return new SecuritySettings(null, null, null, null, null, null, null, role);
    }

    @Test
    void theLocalAccountOfTheSameNameGivesTheRole() {
        accounts.add("olga", UserRole.EDITOR, "long enough pw");
        OidcUser olga = new OidcAccounts(accounts, defaultRole(null)).withRole(fromProvider(Map.of("preferred_username", "Olga")));
        assertThat(olga.getName()).isEqualTo("Olga");
        assertThat(olga.getAuthorities()).extracting(a -> a.getAuthority()).containsExactlyInAnyOrder("ROLE_READER", "ROLE_EDITOR");
    }

    @Test
    void someoneWithoutAnAccountGetsTheDefaultRoleOrIsRefused() {
        OidcUser reader = new OidcAccounts(accounts, defaultRole(null)).withRole(fromProvider(Map.of("email", "x@example.org")));
        assertThat(reader.getName()).isEqualTo("x@example.org");
        assertThat(reader.getAuthorities()).extracting(a -> a.getAuthority()).containsExactly("ROLE_READER");
        assertThatThrownBy(() -> new OidcAccounts(accounts, defaultRole("none")).withRole(fromProvider(Map.of("email", "x@example.org"))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void aDisabledLocalAccountIsRefusedEvenByTheProvider() {
        accounts.add("gone", UserRole.ADMIN, "long enough pw");
        jdbc.sql("UPDATE users SET enabled = FALSE WHERE username = 'gone'").update();
        assertThatThrownBy(() -> new OidcAccounts(accounts, defaultRole("reader")).withRole(fromProvider(Map.of("preferred_username", "gone"))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }
}
