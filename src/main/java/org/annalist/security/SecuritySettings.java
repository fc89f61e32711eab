package org.annalist.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code annalist.security.*}: the few choices a deployment makes (README, "Accounts and security").
 *
 * @param anonymousRead     visitors who are not signed in may read (timeline, documents, exports): a public,
 *                          read-only deployment; off by default
 * @param initialAdminPassword the first admin's password instead of a generated one (automated deployments, tests)
 * @param frameAncestors    who may show Annalist in a frame (CSP frame-ancestors): {@code 'self'} by default
 * @param loginAttempts     failed sign-ins allowed per account and per address within {@code loginWindow}
 * @param loginWindow       the window of failed sign-ins, and how long sign-in stays closed after too many
 * @param uploadFilesPerHour files one person may upload in an hour
 * @param uploadBytesPerHour bytes one person may upload in an hour
 * @param oidcDefaultRole   the role of a person signed in by OpenID Connect who has no account here: reader, editor,
 *                          or none (refused)
 */
@ConfigurationProperties("annalist.security")
public record SecuritySettings(Boolean anonymousRead, String initialAdminPassword, String frameAncestors,
                               Integer loginAttempts, Duration loginWindow, Integer uploadFilesPerHour,
                               DataSize uploadBytesPerHour, String oidcDefaultRole) {

    public SecuritySettings {
        anonymousRead = anonymousRead != null && anonymousRead;
        frameAncestors = frameAncestors == null || frameAncestors.isBlank() ? "'self'" : frameAncestors.strip();
        loginAttempts = loginAttempts == null ? 5 : loginAttempts;
        loginWindow = loginWindow == null ? Duration.ofMinutes(10) : loginWindow;
        uploadFilesPerHour = uploadFilesPerHour == null ? 2000 : uploadFilesPerHour;
        uploadBytesPerHour = uploadBytesPerHour == null ? DataSize.ofMegabytes(500) : uploadBytesPerHour;
        oidcDefaultRole = oidcDefaultRole == null || oidcDefaultRole.isBlank() ? "reader" : oidcDefaultRole.strip();
    }
}
