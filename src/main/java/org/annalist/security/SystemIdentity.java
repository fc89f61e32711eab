package org.annalist.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work that no signed-in person asked for: the command line (run by whoever has the machine's files, so with every right)
 * and the seed corpus loaded at first start. It runs under a named identity so the history says who changed what.
 */
public final class SystemIdentity {

    private SystemIdentity() {
    }

    /** The name of the command line's identity: {@code cli:<the operating-system user>}. */
    public static String commandLine() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    public static <T> T call(String name, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList(UserRole.ADMIN.authorities())));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String name, Runnable work) {
        call(name, () -> {
            work.run();
            return null;
        });
    }
}
