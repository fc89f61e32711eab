package org.annalist.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.annalist.security.LoginThrottle;
import org.annalist.security.SecuritySettings;
import org.annalist.security.GuestAccess;
import org.annalist.security.OidcAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The web's guard: every view needs a signed-in account (Vaadin's own integration checks {@code @RolesAllowed} on
 * navigation), sign-in by the form (and by OpenID Connect when a provider is configured), throttled; security headers.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
public class WebSecurity {

    static final String LOGIN = "/login";

    /**
     * What the browser may load: Vaadin runs scripts it sends ({@code 'unsafe-eval'}) and its bootstrap inline
     * ({@code 'unsafe-inline'}); Lumo and vis-timeline set inline styles. Everything else is this server only.
     */
    static String contentSecurityPolicy(String frameAncestors) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors " + frameAncestors;
    }

    @Bean
    SecurityFilterChain annalistFilterChain(HttpSecurity http, SecuritySettings settings, LoginThrottle throttle,
                                            ObjectProvider<ClientRegistrationRepository> providers,
                                            OidcAccounts oidcAccounts) throws Exception {
        http.headers(headers -> headers
                // Written when the request arrives: Vaadin's page responses were sent without them otherwise.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(settings.frameAncestors())))
                // frame-ancestors decides; the older header would refuse any frame the setting allows.
                .frameOptions(frame -> frame.disable())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.addFilterBefore(throttle.filter(LOGIN), UsernamePasswordAuthenticationFilter.class);
        if (settings.anonymousRead()) {
            http.addFilterAfter(new GuestAccess(), AnonymousAuthenticationFilter.class);
        }
        if (providers.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth.loginPage(LOGIN)
                    .userInfoEndpoint(info -> info.oidcUserService(oidcAccounts.userService())));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
