package org.annalist.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithMockUser;

/** The test acts as a signed-in admin (who holds every role): the services check roles, as they do for the web. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@WithMockUser(username = "tester", roles = {"READER", "EDITOR", "ADMIN"})
public @interface SignedIn {
}
