package org.annalist.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.annalist.curation.EventCuration;
import org.annalist.curation.EventMerges;
import org.annalist.documents.DocumentCorrections;
import org.annalist.documents.IngestService;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every change a service offers checks the role itself, whatever the interface shows: each guarded method is called
 * as nobody, as an anonymous visitor and as each role below the one it needs, and must refuse before doing anything.
 */
@SpringBootTest
@ActiveProfiles("test")
class RoleChecksTest {

    /** The services whose changes are guarded; a new change without its check fails {@link #everyChangeIsGuarded}. */
    static final List<Class<?>> SERVICES = List.of(EventCuration.class, EventMerges.class, DocumentCorrections.class,
            IngestService.class, Accounts.class);

    /** Public methods that only read (no role beyond the view's). */
    static final Map<Class<?>, List<String>> READS = Map.of(
            EventCuration.class, List.of("history", "hiddenEvents", "state", "undated", "dateAt"),
            EventMerges.class, List.of(),
            DocumentCorrections.class, List.of("allDocuments"),
            IngestService.class, List.of("maxSize", "tooLarge"),
            Accounts.class, List.of("find", "count", "generatedPassword"));

    @Autowired
    ApplicationContext context;

    record Guarded(Object bean, Method method, UserRole needs) {
        @Override
        public String toString() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName() + " (" + needs.label() + ")";
        }
    }

    List<Guarded> guarded() {
        List<Guarded> all = new ArrayList<>();
        for (Class<?> type : SERVICES) {
            Object bean = context.getBean(type);
            assertThat(AopUtils.isAopProxy(bean)).as(type + " is proxied for its role checks").isTrue();
            for (Method method : type.getDeclaredMethods()) {
                PreAuthorize check = method.getAnnotation(PreAuthorize.class);
                if (check != null) {
                    String role = check.value().replaceAll(".*hasRole\\('(\\w+)'\\).*", "$1");
                    all.add(new Guarded(bean, method, UserRole.valueOf(role)));
                }
            }
        }
        return all;
    }

    @Test
    void everyChangeIsGuarded() {
        for (Class<?> type : SERVICES) {
            TreeSet<String> unguarded = new TreeSet<>();
            for (Method method : type.getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                        && method.getAnnotation(PreAuthorize.class) == null && !READS.get(type).contains(method.getName())) {
                    unguarded.add(method.getName());
                }
            }
            assertThat(unguarded).as("public methods of " + type.getSimpleName() + " without a role check").isEmpty();
        }
        assertThat(guarded()).extracting(Guarded::toString).contains("EventCuration.edit (editor)",
                "DocumentCorrections.delete (admin)", "IngestService.ingestUpload (editor)", "Accounts.add (admin)");
    }

    @Test
    void nobodySignedInIsRefusedEverything() {
        assertThat(notRefused(guarded(), AuthenticationCredentialsNotFoundException.class)).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsRefusedEverything() {
        assertThat(notRefused(guarded(), AccessDeniedException.class)).isEmpty();
    }

    @Test
    @WithMockUser(username = "rita", roles = "READER")
    void aReaderChangesNothing() {
        assertThat(notRefused(guarded(), AccessDeniedException.class)).isEmpty();
    }

    @Test
    @WithMockUser(username = "eddie", roles = {"READER", "EDITOR"})
    void anEditorNeitherDeletesDocumentsNorManagesAccounts() {
        List<Guarded> adminOnly = guarded().stream().filter(g -> g.needs() == UserRole.ADMIN).toList();
        assertThat(adminOnly).extracting(Guarded::toString).contains("DocumentCorrections.delete (admin)",
                "DocumentCorrections.planDeletion (admin)", "Accounts.setRole (admin)", "Accounts.list (admin)");
        assertThat(notRefused(adminOnly, AccessDeniedException.class)).isEmpty();
    }

    /** The methods that did not refuse with {@code refusal}, with what they did instead. */
    private static List<String> notRefused(List<Guarded> methods, Class<? extends Throwable> refusal) {
        List<String> wrong = new ArrayList<>();
        for (Guarded g : methods) {
            try {
                call(g);
                wrong.add(g + ": ran");
            } catch (Throwable e) {
                if (!refusal.isInstance(e)) {
                    wrong.add(g + ": " + e);
                }
            }
        }
        return wrong;
    }

    /** Calls the method through the bean's proxy with placeholder arguments: the check comes before any use of them. */
    private static void call(Guarded g) throws Throwable {
        Object[] args = Arrays.stream(g.method().getParameterTypes()).map(RoleChecksTest::placeholder).toArray();
        try {
            g.method().invoke(g.bean(), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object placeholder(Class<?> type) {
        if (type == long.class) {
            return 1L;
        } else if (type == int.class) {
            return 0;
        } else if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
