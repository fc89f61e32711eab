package org.annalist.security;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

/**
 * Accounts in the database and role checks on the services themselves ({@code @PreAuthorize} on every change), so a
 * hidden button is never the only guard; the web's filter chain is in {@code security.ui.WebSecurity}.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(SecuritySettings.class)
public class AccountsConfiguration {

    /** bcrypt today, stored with its id ({bcrypt}...), so a stronger encoder can take over without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Spring's standard accounts tables; a name signs in whatever its case (accounts are kept in lower case). */
    @Bean
    JdbcUserDetailsManager userDetailsManager(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource) {
            @Override
            public UserDetails loadUserByUsername(String username) {
                return super.loadUserByUsername(Accounts.normalise(username));
            }
        };
    }
}
