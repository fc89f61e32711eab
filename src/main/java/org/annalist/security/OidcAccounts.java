package org.annalist.security;

import java.util.Optional;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * A person signed in by the team's identity provider (OpenID Connect) gets the role of the local account of the same
 * name (their {@code preferred_username}, else their e-mail), else {@code annalist.security.oidc-default-role}
 * ({@code reader} by default; {@code none} refuses whoever has no account here).
 */
@Component
public class OidcAccounts {

    private final Accounts accounts;
    private final SecuritySettings settings;

    public OidcAccounts(Accounts accounts, SecuritySettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    public OAuth2UserService<OidcUserRequest, OidcUser> userService() {
        OidcUserService provider = new OidcUserService();
        return request -> withRole(provider.loadUser(request));
    }

    OidcUser withRole(OidcUser user) {
        String nameClaim = user.getPreferredUsername() != null ? "preferred_username"
                : user.getEmail() != null ? "email" : "sub";
        String name = user.getClaimAsString(nameClaim);
        Optional<Account> account = accounts.find(name);
        Optional<UserRole> role = account.map(Account::role).or(() -> UserRole.parse(settings.oidcDefaultRole()));
        if (role.isEmpty() || account.filter(a -> !a.enabled()).isPresent()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                    "No Annalist account for " + name + ": an admin must create one.", null));
        }
        return new DefaultOidcUser(AuthorityUtils.createAuthorityList(role.get().authorities()), user.getIdToken(),
                user.getUserInfo(), nameClaim);
    }
}
