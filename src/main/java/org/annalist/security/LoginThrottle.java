package org.annalist.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing: after {@code loginAttempts} failed sign-ins for one account, or from one address, within
 * {@code loginWindow}, sign-in is closed for that account or address until the window has passed (even with the right
 * password, so a guesser learns nothing). A success clears the account's failures.
 */
@Component
public class LoginThrottle {

    private final int attempts;
    private final java.time.Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Autowired
    public LoginThrottle(SecuritySettings settings) {
        this(settings.loginAttempts(), settings.loginWindow(), Clock.systemUTC());
    }

    LoginThrottle(int attempts, java.time.Duration window, Clock clock) {
        this.attempts = attempts;
        this.window = window;
        this.clock = clock;
    }

    public boolean closed(String account, String address) {
        return recent(accountKey(account)) >= attempts || recent(addressKey(address)) >= attempts;
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(account), addressKey(address)}) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> kept = times == null ? new ConcurrentLinkedDeque<>() : times;
                kept.addLast(now);
                while (kept.size() > attempts * 2) {
                    kept.removeFirst();
                }
                return kept;
            });
        }
    }

    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        failed(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    /** Refuses a sign-in form post while the account or the address is closed (back to the form, with the reason). */
    public OncePerRequestFilter filter(String loginPath) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && loginPath.equals(request.getServletPath())
                        && closed(request.getParameter("username"), request.getRemoteAddr())) {
                    response.sendRedirect(request.getContextPath() + loginPath + "?error=throttled");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** Forgets every failure (tests). */
    void clear() {
        failures.clear();
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant since = clock.instant().minus(window);
        return (int) times.stream().filter(t -> t.isAfter(since)).count();
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
    }

    private static String accountKey(String account) {
        return "account:" + Accounts.normalise(account);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
