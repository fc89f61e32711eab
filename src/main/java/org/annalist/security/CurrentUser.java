package org.annalist.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting now, as Spring Security authenticated them: the name kept in the history, and their role. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The signed-in person's account name (or the system identity's); empty when nobody is signed in. */
    public static Optional<String> name() {
        return authentication().map(Authentication::getName);
    }

    public static Optional<UserRole> role() {
        return authentication().flatMap(a -> UserRole.highest(a.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList()));
    }

    public static boolean has(UserRole role) {
        return role().map(r -> r.compareTo(role) >= 0).orElse(false);
    }

    /** The name for the history of a change; a change with nobody signed in is refused before it gets here. */
    public static String editor() {
        return name().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in to change anything."));
    }

    private static Optional<Authentication> authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }
}
