package org.annalist.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts in a real browser: the first admin creates a reader and an editor, each signs in and sees exactly what their
 * role allows; a wrong password is refused; a sign-out ends the session; an idle session expires. Screenshots in
 * target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        Browser.ADMIN_PROPERTY,
        "spring.datasource.url=jdbc:h2:mem:security-browser;DB_CLOSE_DELAY=-1",
        "annalist.seeds.enabled=true",
        // Tomcat counts session time in minutes: the shortest there is.
        "server.servlet.session.timeout=1m",
        "vaadin.devmode.devTools.enabled=false"})
class SecurityBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Browser browser;
    private String base;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start("en-US", 1280, 900);
        base = "http://127.0.0.1:" + port;
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private boolean present(String id) {
        return !browser.driver.findElements(By.id(id)).isEmpty()
                && browser.driver.findElement(By.id(id)).isDisplayed();
    }

    /** Adds an account on the admin's page and returns the password it showed once. */
    private String addAccount(String name, String roleLabel) {
        browser.driver.findElement(By.cssSelector("#new-account-name input")).sendKeys(name);
        browser.js("const s = document.querySelector('#new-account-role'); s.value = arguments[0];"
                + " s.dispatchEvent(new CustomEvent('value-changed', {detail: {value: arguments[0]}}));", roleIndex(roleLabel));
        browser.driver.findElement(By.id("add-account")).click();
        String find = "const t = Array.from(document.querySelectorAll('#password-once'))"
                + ".find(e => e.textContent.includes(' ' + arguments[0] + ' ')); return t ? t.textContent : null;";
        browser.wait.until(d -> browser.js(find, name) != null);
        String said = (String) browser.js(find, name);
        browser.js("document.querySelector('#password-once-ok').click();");
        return said.replaceAll(".*: ", "").strip();
    }

    private static String roleIndex(String role) {
        return switch (role) {
            case "reader" -> "1";
            case "editor" -> "2";
            default -> "3";
        };
    }

    private void signOut() {
        browser.driver.findElement(By.id("logout")).click();
        browser.wait.until(d -> d.getCurrentUrl().contains("/login"));
    }

    private long anEvent() {
        return jdbc.sql("SELECT MIN(id) FROM event").query(Long.class).single();
    }

    private void openEvent() {
        browser.driver.get(base + "/?event=" + anEvent());
        browser.wait.until(d -> present("curate-history"));
    }

    @Test
    void eachRoleSeesAndDoesExactlyWhatItMay() throws Exception {
        browser.signInAsAdmin(base);
        browser.wait.until(d -> present("signed-in"));
        assertThat(browser.driver.findElement(By.id("signed-in")).getText()).contains("admin");
        browser.driver.get(base + "/users");
        browser.wait.until(d -> present("accounts"));
        String rita = addAccount("rita", "reader");
        String eddie = addAccount("eddie", "editor");
        browser.wait.until(d -> browser.texts("vaadin-grid-cell-content").containsAll(java.util.List.of("rita", "eddie")));
        browser.screenshot("accounts.png");
        signOut();

        // A reader reads: no import, no change of an event (only its history), no accounts page.
        browser.signIn(base, "rita", rita);
        browser.wait.until(d -> present("signed-in"));
        assertThat(present("import")).isFalse();
        assertThat(present("nav-users")).isFalse();
        openEvent();
        assertThat(present("curate-edit")).isFalse();
        assertThat(present("curate-hide")).isFalse();
        browser.screenshot("reader.png");
        browser.driver.get(base + "/users");
        browser.wait.until(d -> !browser.texts("body").isEmpty());
        Thread.sleep(1000);
        assertThat(present("accounts")).as("the accounts page, refused to a reader").isFalse();
        browser.driver.get(base + "/documents");
        browser.wait.until(d -> present("documents"));
        assertThat(present("reread-selected")).isFalse();
        assertThat(present("delete-selected")).isFalse();
        browser.driver.get(base + "/");
        browser.wait.until(d -> present("logout"));
        signOut();

        // An editor imports and corrects, but neither deletes documents nor manages accounts.
        browser.signIn(base, "eddie", eddie);
        browser.wait.until(d -> present("import"));
        openEvent();
        assertThat(present("curate-edit")).isTrue();
        assertThat(present("nav-users")).isFalse();
        browser.driver.get(base + "/documents");
        browser.wait.until(d -> present("reread-selected"));
        assertThat(present("delete-selected")).isFalse();
        browser.screenshot("editor.png");
    }

    @Test
    void aWrongPasswordIsRefusedAndTheFormSaysSo() throws Exception {
        browser.driver.get(base + "/");
        browser.wait.until(d -> d.getCurrentUrl().contains("/login"));
        browser.submitSignIn(base, "admin", "not the password");
        browser.wait.until(d -> d.getCurrentUrl().contains("error"));
        browser.wait.until(d -> Boolean.TRUE.equals(browser.js(
                "const f = document.querySelector('vaadin-login-form'); return f && f.hasAttribute('error');")));
        browser.screenshot("login-refused.png");
    }

    @Autowired
    Accounts accounts;

    @Autowired
    LoginThrottle throttle;

    @Test
    void fiveWrongPasswordsCloseTheSignInEvenForTheRightOne() throws Exception {
        SystemIdentity.run("test", () -> accounts.add("tina", UserRole.READER, "tina's right password"));
        try {
            for (int i = 0; i < 5; i++) {
                browser.submitSignIn(base, "tina", "guess " + i);
                browser.wait.until(d -> d.getCurrentUrl().contains("error"));
            }
            browser.submitSignIn(base, "tina", "tina's right password");
            browser.wait.until(d -> d.getCurrentUrl().contains("error=throttled"));
            browser.wait.until(d -> String.valueOf(browser.js("const f = document.querySelector('vaadin-login-form');"
                    + " return f && f.i18n && f.i18n.errorMessage ? f.i18n.errorMessage.title : '';")).contains("closed"));
            browser.screenshot("login-throttled.png");
        } finally {
            // The address is closed too: the other tests of this class sign in from it.
            throttle.clear();
        }
    }

    @Test
    void anIdleSessionExpiresEvenWithTheTimelinePollingAndAsksToSignInAgain() throws Exception {
        browser.signInAsAdmin(base);
        browser.wait.until(d -> present("signed-in"));
        // The open timeline polls every second; with no click nor key for the timeout (one minute here, Tomcat's
        // shortest), its next poll ends the session and the page goes back to the sign-in form by itself.
        Thread.sleep(62_000);
        browser.wait.until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        browser.screenshot("session-expired.png");
    }
}
