package org.annalist.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A public, read-only deployment ({@code annalist.security.anonymous-read=true}): visitors read, and only read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        Browser.ADMIN_PROPERTY,
        "annalist.security.anonymous-read=true",
        "spring.datasource.url=jdbc:h2:mem:guest-read;DB_CLOSE_DELAY=-1",
        "annalist.seeds.enabled=true",
        "vaadin.devmode.devTools.enabled=false"})
class GuestReadIT {

    @LocalServerPort
    int port;

    private Browser browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Vaadin does not send an invisible component to the browser at all. */
    private boolean shown(String id) {
        return browser.driver.findElements(By.id(id)).stream().anyMatch(e -> e.isDisplayed());
    }

    @Test
    void aVisitorReadsTheTimelineWithoutSigningInButChangesNothing() throws Exception {
        browser = Browser.start("en-US", 1280, 900);
        String base = "http://127.0.0.1:" + port;
        browser.driver.get(base + "/");
        browser.wait.until(b -> browser.js("const t = document.querySelector('annalist-timeline');"
                + " return t && t.getAttribute('data-rendered');") != null);
        assertThat(browser.driver.findElements(By.id("sign-in"))).isNotEmpty();
        assertThat(shown("import")).isFalse();
        assertThat(shown("bulk-select")).isFalse();
        // The embeddable page too (what a newsroom's iframe shows its readers).
        browser.driver.get(base + "/embed?region=russie-cei");
        browser.wait.until(b -> browser.js("const t = document.querySelector('annalist-timeline');"
                + " return t && t.getAttribute('data-rendered');") != null);
        assertThat(browser.driver.findElements(By.id("sign-in"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#import, #filter-actors, [id^=curate-]"))).isEmpty();
        browser.driver.get(base + "/documents");
        browser.wait.until(d -> !d.findElements(By.id("documents")).isEmpty());
        assertThat(shown("delete-selected")).isFalse();
        assertThat(shown("reread-selected")).isFalse();
        browser.screenshot("guest.png");
        // And can still sign in to edit.
        browser.signInAsAdmin(base);
        browser.wait.until(d -> !d.findElements(By.id("signed-in")).isEmpty());
    }
}
