package org.annalist.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annalist.documents.IngestService;
import org.annalist.reading.IngestOptions;
import org.annalist.support.Browser;
import org.annalist.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The key-events mode in a real browser: the timeline keeps the most salient events, the key dates are listed and open
 * their day, and a merged event's details say why its sources were joined and that they disagree. Leaves
 * target/screenshots/key-events.png (the README's picture).
 */
@SignedIn
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        Browser.ADMIN_PROPERTY,
        "spring.datasource.url=jdbc:h2:mem:key-events;DB_CLOSE_DELAY=-1",
        "annalist.seeds.enabled=false",
        "vaadin.devmode.devTools.enabled=false"})
class KeyEventsBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    IngestService ingest;

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start("en-US", 1400, 1000);
        browser.signInAsAdmin("http://127.0.0.1:" + port);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void ingest(String name, String text) {
        ingest.ingest(name, text.getBytes(StandardCharsets.UTF_8), IngestOptions.NONE);
    }

    private List<String> timelineTitles() {
        return browser.texts("annalist-timeline .vis-item.event .vis-item-content");
    }

    @Test
    void theKeyEventsModeKeepsTheMostSalientAndExplainsMerges() throws Exception {
        ingest("a.txt", "Frappe à Bagdad\n\nLe Monde, 10 janvier 2020\n\n"
                + "Le général Qassem Soleimani a été tué par une frappe américaine à Bagdad le 3 janvier 2020.\n\n"
                + "Le 8 janvier 2020, l'Iran a tiré des missiles sur deux bases américaines en Irak.\n\n"
                + "Le 6 janvier 2020, le Parlement irakien a voté le départ des troupes étrangères.\n");
        ingest("b.txt", "Mort d'un général\n\nLibération, 5 janvier 2020\n\n"
                + "Qassem Soleimani a été tué le 4 janvier à Bagdad par un drone américain, selon le Pentagone.\n\n"
                + "Le 2 janvier 2020, des manifestants avaient quitté l'ambassade américaine à Bagdad.\n");
        ingest("c.txt", "Un mois après\n\nLe Figaro, 3 février 2020\n\n"
                + "Un mois après la mort de Qassem Soleimani, tué le 3 janvier 2020 à Bagdad, l'Irak reste sous tension.\n\n"
                + "Le 8 janvier 2020, les missiles iraniens n'avaient fait aucune victime, selon Washington.\n");
        browser.driver.get("http://127.0.0.1:" + port + "/");
        browser.wait.until(b -> timelineTitles().size() >= 5);
        int all = timelineTitles().size();

        browser.js("document.querySelector('#key-mode').click();");
        browser.wait.until(b -> b.findElement(By.id("key-dates")).isDisplayed()
                && !b.findElements(By.cssSelector("#key-dates .key-date")).isEmpty());
        browser.js("const r = document.getElementById('key-count'); r.value = '3'; r.dispatchEvent(new Event('change'));");
        browser.wait.until(b -> timelineTitles().size() == 3);
        assertThat(browser.driver.findElement(By.id("counts")).getText()).contains("the 3 key events shown");
        // The address carries the mode: a shared link opens it.
        browser.wait.until(b -> b.getCurrentUrl().contains("key=3"));
        // The grid lists the same key events.
        browser.wait.until(b -> Long.valueOf(3).equals(browser.js("return document.querySelector('vaadin-grid').size;")));
        assertThat(all).isGreaterThan(3);
        List<String> days = browser.driver.findElements(By.cssSelector("#key-dates .key-date")).stream()
                .map(e -> e.getAttribute("data-day")).toList();
        assertThat(days.getFirst()).isEqualTo("2020-01-03");

        // The most salient event is the killing of the 3rd, told by two articles (the third dates it a day late: another
        // event for the decision, dates apart).
        WebElement first = browser.driver.findElements(By.cssSelector("annalist-timeline .vis-item.event")).stream()
                .filter(e -> e.getText().contains("Soleimani")).findFirst().orElseThrow();
        new Actions(browser.driver).moveToElement(first).click().perform();
        browser.wait.until(b -> !browser.texts("#event-details .event-source-merge").isEmpty());
        assertThat(browser.texts("#event-details .event-source-merge").getFirst()).startsWith("joined because: ")
                .contains("same date").contains("Qassem Soleimani");
        browser.js("document.querySelector('#event-details .event-source-merge').scrollIntoView({block: 'center'});");
        browser.screenshot("key-events.png");

        // A key date opens its day.
        browser.driver.findElements(By.cssSelector("#key-dates .key-date")).getFirst().click();
        browser.wait.until(b -> b.getCurrentUrl().contains("2020-01-02"));
    }
}
