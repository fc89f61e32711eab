package org.annalist.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Public read-only access ({@code annalist.security.anonymous-read=true}): a visitor who is not signed in reads as
 * {@code guest} with the reader role, for this request only (never kept in a session), and can still sign in to edit.
 */
public class GuestAccess extends OncePerRequestFilter {

    public static final String NAME = "guest";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext current = SecurityContextHolder.getContext();
        if (current.getAuthentication() != null && !(current.getAuthentication() instanceof AnonymousAuthenticationToken)) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContext guest = SecurityContextHolder.createEmptyContext();
        guest.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                AuthorityUtils.createAuthorityList(UserRole.READER.authorities())));
        SecurityContextHolder.setContext(guest);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(current);
        }
    }
}
