package org.annalist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Smoke test in a real browser (Debian's headless Chromium): a new user's first start ingests the seeds, the documents
 * view lists both titles, and a title opens the document. Leaves screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        Browser.ADMIN_PROPERTY,
        "spring.datasource.url=jdbc:h2:mem:browser-smoke;DB_CLOSE_DELAY=-1",
        "annalist.seeds.enabled=true",
        "vaadin.devmode.devTools.enabled=false"})
class BrowserSmokeIT {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start("en-US", 1280, 800);
        browser.signInAsAdmin("http://127.0.0.1:" + port);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDocumentsViewListsBothSeedsAndOpensOne() throws Exception {
        browser.driver.get("http://127.0.0.1:" + port + "/documents");
        browser.wait.until(b -> browser.texts("vaadin-grid-cell-content")
                .contains("Trump veut se retirer, il est obligé de désamorcer"));
        assertThat(browser.texts("vaadin-grid-cell-content")).contains("Comment Soleimani a convaincu Poutine d'aider Damas",
                "Trump veut se retirer, il est obligé de désamorcer", "Mondialisation.ca", "2021-01-29", "2020-01-10");
        browser.screenshot("documents.png");

        browser.driver.findElement(By.linkText("Comment Soleimani a convaincu Poutine d'aider Damas")).click();
        browser.wait.until(b -> b.findElements(By.tagName("h2")).stream()
                .anyMatch(h -> h.getText().equals("Comment Soleimani a convaincu Poutine d'aider Damas")));
        assertThat(browser.driver.findElement(By.className("document-facts")).getText())
                .contains("Pepe Escobar", "Moyen-Orient et Afrique du Nord, Russie et CEI", "Asia Times");
        assertThat(browser.driver.findElement(By.className("document-text")).getText()).contains("Dans une interview saisissante");
        browser.screenshot("document.png");
    }

    @Test
    void darkColoursAreChosenAndReadable() throws Exception {
        browser.driver.get("http://127.0.0.1:" + port + "/");
        browser.wait.until(b -> !browser.texts("annalist-timeline .vis-item.event .vis-item-content").isEmpty());
        // Chosen in the frame's switch: the page turns dark (Lumo's dark colours), the timeline's text stays readable.
        browser.driver.findElement(By.id("color-scheme")).click();
        browser.wait.until(b -> !b.findElements(By.cssSelector("vaadin-select-item")).isEmpty());
        browser.driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().equals("Dark")).findFirst().orElseThrow().click();
        browser.wait.until(b -> "dark".equals(browser.js("return document.documentElement.getAttribute('theme');")));
        String background = (String) browser.js("return getComputedStyle(document.body).backgroundColor;");
        assertThat(brightness(background)).as(background).isLessThan(80);
        String eventText = (String) browser.js(
                "return getComputedStyle(document.querySelector('annalist-timeline .vis-item.event')).color;");
        String eventBackground = (String) browser.js(
                "return getComputedStyle(document.querySelector('annalist-timeline .vis-item.event')).backgroundColor;");
        assertThat(brightness(eventBackground) - brightness(eventText)).as(eventText + " on " + eventBackground).isGreaterThan(120);
        String axis = (String) browser.js("return getComputedStyle(document.querySelector('annalist-timeline .vis-time-axis .vis-text')).color;");
        assertThat(brightness(axis) - brightness(background)).as(axis + " on " + background).isGreaterThan(120);
        browser.screenshot("timeline-dark.png");
    }

    /** The mean of an rgb()/rgba() colour's channels, 0 to 255. */
    private static double brightness(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        return (Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]) + Double.parseDouble(parts[2])) / 3;
    }
}
