package org.annalist.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.support.Browser;
import org.annalist.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Rows with years JavaScript cannot parse (10009, 0, -5, an end on 10000-01-01), written straight into the database
 * beside the seeds: the home view in headless Chromium still draws every event, with no NaN position anywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        Browser.ADMIN_PROPERTY,
        "spring.datasource.url=jdbc:h2:mem:timeline-extremes;DB_CLOSE_DELAY=-1",
        "annalist.seeds.enabled=true",
        "vaadin.devmode.devTools.enabled=false"})
class TimelineExtremesIT {

    @LocalServerPort
    int port;

    @Autowired
    TestDatabase database;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        browser = Browser.start("en-US", 1400, 1000);
        browser.signInAsAdmin("http://127.0.0.1:" + port);
        if (jdbc.sql("SELECT COUNT(*) FROM event WHERE title LIKE 'Extrême%'").query(Long.class).single() == 0) {
            TimelineExtremesTest.insertExtremes(database);
        }
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theHomeViewDrawsEveryEventWhateverYearsTheDatabaseHolds() throws Exception {
        long shown = jdbc.sql("SELECT COUNT(*) FROM event WHERE hidden = FALSE AND interval_start IS NOT NULL")
                .query(Long.class).single();
        browser.driver.get("http://127.0.0.1:" + port + "/");
        try {
            browser.wait.until(b -> {
                Object rendered = browser.js("const t = document.querySelector('annalist-timeline');"
                        + " return t && t.getAttribute('data-rendered');");
                return rendered != null;
            });
            // The events far apart are read in periods; one timeline, as asked, fits them all.
            if (!browser.driver.findElements(org.openqa.selenium.By.cssSelector("#period-panes:not(.empty)")).isEmpty()) {
                browser.driver.findElement(org.openqa.selenium.By.id("periods-join")).click();
            }
            // Until the one timeline is drawn (the panes' items counted before it would pass too early).
            browser.wait.until(b -> ((Number) browser.js(
                    "return document.querySelectorAll('annalist-timeline .vis-item.event').length;")).longValue() >= shown
                    && browser.texts("annalist-timeline .vis-item.event .vis-item-content").stream()
                            .anyMatch(t -> t.startsWith("Extrême +10009")));
            Object nan = browser.js("""
                    return Array.from(document.querySelectorAll('annalist-timeline .vis-item'))
                        .filter(e => (e.getAttribute('style') || '').includes('NaN')).length;""");
            assertThat(((Number) nan).intValue()).isZero();
            assertThat(browser.texts("annalist-timeline .vis-item.event .vis-item-content"))
                    .anyMatch(t -> t.startsWith("Extrême +10009")).anyMatch(t -> t.startsWith("Extrême -0005"));
            browser.screenshot("timeline-extremes.png");
        } catch (AssertionError | RuntimeException e) {
            browser.screenshot("timeline-extremes-failure.png");
            throw e;
        }
    }

    @Test
    void aLongQueryStringStillOpensTheView() throws Exception {
        // 3 KB of words: the filters are read from the URL, the view opens (it said "Connection lost").
        browser.driver.get("http://127.0.0.1:" + port + "/?q=" + "mot+".repeat(750) + "&view=2015-01-01_2021-01-01");
        try {
            browser.wait.until(b -> browser.js("const t = document.querySelector('annalist-timeline');"
                    + " return t && t.getAttribute('data-rendered');") != null);
            assertThat(browser.driver.getPageSource()).doesNotContain("Connection lost");
            assertThat(browser.texts("#counts")).singleElement().asString().contains("0 events in view");
        } catch (AssertionError | RuntimeException e) {
            browser.screenshot("timeline-long-query-failure.png");
            throw e;
        }
    }
}
