package org.annalist.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.annalist.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The timeline end to end in headless Chromium, on the seeds, with a French-speaking browser: the Moscow meeting of 2015
 * and the January 2020 events are drawn; filtering by actor and by region; clicking an event shows its passage with the
 * date marked; the CSV download parses and matches what is shown. Leaves screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        Browser.ADMIN_PROPERTY,
        "spring.datasource.url=jdbc:h2:mem:timeline-browser;DB_CLOSE_DELAY=-1",
        "annalist.seeds.enabled=true",
        "vaadin.devmode.devTools.enabled=false"})
class TimelineBrowserIT {

    private static final String MOSCOW = "Nasrallah prépare le terrain pour la visite cruciale du major général Soleimani à Moscou";
    private static final String ZARIF = "Iran took & concluded proportionate measures in self-defense under Article 51 of UN Charter…";
    /** The sentence that introduces his tweet: an event of the tweet's date too. */
    private static final String ZARIF_SAID = "Javad Zarif a lui-même décrit les tirs de missiles iraniens";

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start("fr-FR", 1400, 1000);
        browser.signInAsAdmin("http://127.0.0.1:" + port);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void waitForRender(String previous) {
        browser.wait.until(b -> {
            Object rendered = browser.js("const t = document.querySelector('annalist-timeline');"
                    + " return t && t.getAttribute('data-rendered');");
            return rendered != null && !rendered.equals(previous);
        });
    }

    private String rendered() {
        return (String) browser.js("return document.querySelector('annalist-timeline').getAttribute('data-rendered');");
    }

    private List<String> timelineTitles() {
        return browser.texts("annalist-timeline .vis-item.event .vis-item-content");
    }

    /** The texts of the grid's rows now showing (the grid keeps unused cells in the page, hidden). */
    @SuppressWarnings("unchecked")
    private List<String> gridCells() {
        return (List<String>) browser.js("""
                const grid = document.querySelector('#events-grid');
                return Array.from(grid.shadowRoot.querySelectorAll('#items tr:not([hidden]) td slot'))
                    .flatMap(slot => slot.assignedElements()).map(cell => cell.textContent.trim());""");
    }

    private void pick(String comboId, String typed) {
        WebElement input = browser.driver.findElement(By.cssSelector("#" + comboId + " input"));
        input.click();
        input.sendKeys(typed);
        // The choices are read when the box opens (lazily): wait until they are there.
        browser.wait.until(b -> Boolean.TRUE.equals(browser.js("""
                const box = document.querySelector('#' + arguments[0]);
                return box.opened === true && !box.loading && box.filteredItems
                    && box.filteredItems.length > 0 && typeof box.filteredItems[0] === 'object'
                    && !(box.filteredItems[0] instanceof Promise) && box.filteredItems[0].label !== undefined;""",
                comboId)));
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        browser.js("document.querySelector('#' + arguments[0]).opened = false;", comboId);
        browser.wait.until(b -> Boolean.FALSE.equals(browser.js(
                "return document.querySelector('#' + arguments[0]).opened === true;", comboId)));
        browser.js("document.activeElement && document.activeElement.blur();");
    }

    @Test
    void theTimelineOnTheSeedsFiltersShowsPassagesAndExports() throws Exception {
        try {
            walkThrough();
        } catch (AssertionError | RuntimeException e) {
            browser.screenshot("timeline-failure.png");
            throw new AssertionError("At " + browser.driver.getCurrentUrl() + ": " + e.getMessage(), e);
        }
    }

    /** How many vis-timeline roots the component holds. */
    private long visTimelines() {
        return ((Number) browser.js("return document.querySelectorAll('#timeline .vis-timeline').length;"))
                .longValue();
    }

    @Test
    void theUrlsWindowIsKeptAndOneTimelineIsDrawnAfterTheViewIsLeftAndOpenedAgain() throws Exception {
        try {
            // The URL's window is the one shown: vis-timeline's one-time fit to the items neither replaces it nor
            // is sent back to the server (the URL would then change).
            String view = "view=2015-01-01T00:00_2016-01-01T00:00";
            browser.driver.get("http://127.0.0.1:" + port + "/?" + view);
            waitForRender(null);
            browser.wait.until(b -> timelineTitles().contains(MOSCOW));
            Thread.sleep(700); // vis-timeline says a window changed 200 ms after the change
            assertThat(browser.driver.getCurrentUrl()).contains(view);
            assertThat(browser.texts("annalist-timeline .vis-time-axis .vis-text.vis-major")).contains("2015");
            assertThat(timelineTitles()).doesNotContain(ZARIF);
            assertThat(visTimelines()).isEqualTo(1);

            // To the documents and back: one timeline in the component, drawn again.
            browser.driver.findElement(By.id("nav-documents")).click();
            browser.wait.until(b -> b.getCurrentUrl().contains("/documents")
                    && b.findElements(By.tagName("annalist-timeline")).isEmpty());
            browser.driver.findElement(By.id("nav-timeline")).click();
            browser.wait.until(b -> timelineTitles().contains(MOSCOW));
            assertThat(visTimelines()).isEqualTo(1);
            Thread.sleep(700);
            List<String> axis = browser.texts("annalist-timeline .vis-time-axis .vis-text");

            // The element itself detached and attached again, as Vaadin does with a view it keeps: its vis-timeline
            // is destroyed (nothing left in it meanwhile) and made again, once, with its events and its window.
            Object whileDetached = browser.js("""
                    const t = document.querySelector('annalist-timeline');
                    const parent = t.parentNode, next = t.nextSibling;
                    parent.removeChild(t);
                    const left = t.querySelectorAll('.vis-timeline').length;
                    parent.insertBefore(t, next);
                    return left;""");
            assertThat(((Number) whileDetached).intValue()).isZero();
            browser.wait.until(b -> timelineTitles().contains(MOSCOW));
            assertThat(visTimelines()).isEqualTo(1);
            Thread.sleep(700);
            assertThat(visTimelines()).isEqualTo(1);
            assertThat(browser.texts("annalist-timeline .vis-time-axis .vis-text")).containsExactlyInAnyOrderElementsOf(axis);
        } catch (AssertionError | RuntimeException e) {
            browser.screenshot("timeline-reattach-failure.png");
            throw new AssertionError("At " + browser.driver.getCurrentUrl() + ": " + e.getMessage(), e);
        }
    }

    @Test
    void theTimelineScrollsItsLanesIsReadByKeyboardAndExportsPictures() throws Exception {
        try {
            readingWalkThrough();
        } catch (AssertionError | RuntimeException e) {
            browser.screenshot("timeline-reading-failure.png");
            throw new AssertionError("At " + browser.driver.getCurrentUrl() + ": " + e.getMessage(), e);
        }
    }

    private void readingWalkThrough() throws Exception {
        // A publication day just after the window (fetched for panning, not yet placed) stays in the strip: it once
        // covered every lane.
        browser.driver.get("http://127.0.0.1:" + port + "/?view=2016-06-01T00:00_2018-12-01T00:00");
        waitForRender(null);
        browser.wait.until(b -> !b.findElements(By.cssSelector("annalist-timeline .vis-item.density")).isEmpty());
        Number overflow = (Number) browser.js("""
                const lane = document.querySelector('annalist-timeline .vis-foreground .vis-group.lane-publications');
                const height = lane.getBoundingClientRect().height;
                return Math.max(0, ...[...document.querySelectorAll('annalist-timeline .vis-item.density')]
                    .map(d => d.getBoundingClientRect().height - height));""");
        assertThat(overflow.doubleValue()).as("density strip taller than its lane").isLessThanOrEqualTo(1.0);

        browser.driver.get("http://127.0.0.1:" + port + "/?view=2014-06-01T00:00_2020-06-01T00:00");
        waitForRender(null);
        browser.wait.until(b -> timelineTitles().contains(MOSCOW));

        // Publications are a thin density strip at first; the toolbar's button opens them one by one, and closes them.
        assertThat(browser.driver.findElements(By.cssSelector("annalist-timeline .vis-item.density"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("annalist-timeline .vis-item.publication"))).isEmpty();
        String before = rendered();
        browser.driver.findElement(By.cssSelector("annalist-timeline .timeline-publications")).click();
        waitForRender(before);
        browser.wait.until(b -> browser.texts("annalist-timeline .vis-item.publication .vis-item-content")
                .contains("Mondialisation.ca"));
        assertThat(browser.driver.findElement(By.cssSelector("annalist-timeline .timeline-publications"))
                .getAttribute("aria-pressed")).isEqualTo("true");
        before = rendered();
        browser.driver.findElement(By.cssSelector("annalist-timeline .timeline-publications")).click();
        waitForRender(before);
        assertThat(browser.driver.findElements(By.cssSelector("annalist-timeline .vis-item.publication"))).isEmpty();

        // Year-long events are light bands, stacked under the day events they share the lane's width with.
        assertThat(browser.driver.findElements(By.cssSelector("annalist-timeline .vis-item.event.coarse"))).isNotEmpty();
        Object overlaps = browser.js("""
                const bad = [];
                for (const group of document.querySelectorAll('annalist-timeline .vis-foreground .vis-group')) {
                  const days = [...group.querySelectorAll('.vis-item.event:not(.coarse)')];
                  const bands = [...group.querySelectorAll('.vis-item.event.coarse')];
                  for (const band of bands.map(b => b.getBoundingClientRect())) {
                    days.map(d => d.getBoundingClientRect())
                        .filter(d => d.left < band.right && band.left < d.right && band.top < d.bottom - 1)
                        .forEach(() => bad.push(band.top));
                  }
                }
                return bad;""");
        assertThat((List<?>) overlaps).isEmpty();

        // The wheel scrolls the lanes and leaves the span alone; Ctrl+wheel zooms.
        String address = browser.driver.getCurrentUrl();
        String wheel = """
                const centre = document.querySelector('annalist-timeline .vis-panel.vis-center');
                const box = centre.getBoundingClientRect();
                centre.dispatchEvent(new WheelEvent('wheel', { deltaY: -240, ctrlKey: arguments[0], bubbles: true,
                  cancelable: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 }));""";
        browser.js(wheel, false);
        Thread.sleep(700); // vis-timeline says a window changed 200 ms after the change
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(address);
        browser.js(wheel, true);
        browser.wait.until(b -> !b.getCurrentUrl().equals(address));

        // Tab reaches the items from the timeline; each says what it is; Enter selects the focused one.
        browser.js("document.querySelector('annalist-timeline .timeline-canvas').focus();");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        browser.wait.until(b -> Boolean.TRUE.equals(browser.js(
                "return document.activeElement.classList.contains('vis-item');")));
        String label = (String) browser.js("return document.activeElement.getAttribute('aria-label');");
        assertThat(label).isNotBlank();
        assertThat(browser.js("return document.activeElement.getAttribute('role');")).isEqualTo("button");
        // The browser's own scrolling to the focused item is handed to vis-timeline (labels and lanes stay together).
        browser.wait.until(b -> Long.valueOf(0).equals(browser.js(
                "return document.querySelector('annalist-timeline .vis-panel.vis-center').scrollTop;")));
        browser.screenshot("timeline-keyboard.png");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.wait.until(b -> !browser.texts("#event-details .event-title").isEmpty());
        String title = browser.texts("#event-details .event-title").getFirst();
        assertThat(label).startsWith(title.substring(0, Math.min(30, title.length())));
        assertThat(browser.driver.getCurrentUrl()).contains("event=");

        // The visible timeline as pictures: a PNG of twice the timeline's pixels, an SVG holding the titles.
        String png = exportImage("png");
        assertThat(png).startsWith("data:image/png;base64,");
        byte[] pngBytes = Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(pngBytes));
        double width = ((Number) browser.js("return document.querySelector('annalist-timeline .timeline-canvas')"
                + ".getBoundingClientRect().width;")).doubleValue();
        assertThat(image.getWidth()).isBetween((int) (2 * width) - 4, (int) (2 * width) + 4);
        Files.write(Path.of("target/screenshots/timeline-export.png"), pngBytes);
        String svg = exportImage("svg");
        assertThat(svg).startsWith("data:image/svg+xml");
        assertThat(URLDecoder.decode(svg.substring(svg.indexOf(',') + 1), StandardCharsets.UTF_8))
                .startsWith("<svg").contains("Nasrallah");
    }

    @Test
    void eventsTickedOnTheTimelineAreMergedAtOnce() throws Exception {
        try {
            browser.driver.get("http://127.0.0.1:" + port + "/?view=2019-12-25T00:00_2020-01-15T00:00");
            waitForRender(null);
            browser.wait.until(b -> timelineTitles().contains(ZARIF));
            // The axis speaks the interface's language.
            assertThat(browser.texts("annalist-timeline .vis-time-axis .vis-text.vis-major")).contains("janvier 2020");
            String all = browser.texts("#counts").getFirst();
            int inAll = Integer.parseInt(all.replaceAll(".*· (\\d+) en tout.*", "$1"));
            browser.driver.findElement(By.id("bulk-select")).click();
            browser.wait.until(b -> b.findElement(By.id("bulk-merge")).isDisplayed());
            // In the bulk mode a click on the timeline ticks the event (the grid follows), a second one would untick it.
            List<WebElement> items = browser.driver.findElements(By.cssSelector("annalist-timeline .vis-item.event .vis-item-content"))
                    .stream().filter(WebElement::isDisplayed).toList();
            new Actions(browser.driver).moveToElement(items.get(0)).click().perform();
            browser.wait.until(b -> b.findElement(By.id("bulk-merge")).getText().contains("1"));
            items = browser.driver.findElements(By.cssSelector("annalist-timeline .vis-item.event:not(.vis-selected) .vis-item-content"))
                    .stream().filter(WebElement::isDisplayed).toList();
            new Actions(browser.driver).moveToElement(items.get(0)).click().perform();
            browser.wait.until(b -> b.findElement(By.id("bulk-merge")).getText().contains("2"));
            browser.wait.until(b -> b.findElements(By.cssSelector("annalist-timeline .vis-item.event.vis-selected")).size() >= 2);
            assertThat(browser.driver.findElements(By.cssSelector("#event-details .event-title"))).isEmpty();
            browser.screenshot("timeline-bulk-merge.png");
            browser.driver.findElement(By.id("bulk-merge")).click();
            // One event fewer in all; the kept one is shown with both sources.
            browser.wait.until(b -> browser.texts("#counts").getFirst().contains("· " + (inAll - 1) + " en tout"));
            browser.wait.until(b -> !browser.texts("#event-details .event-title").isEmpty());
            assertThat(browser.driver.findElement(By.id("bulk-merge")).isDisplayed()).isFalse();
        } catch (AssertionError | RuntimeException e) {
            browser.screenshot("timeline-bulk-merge-failure.png");
            throw new AssertionError("At " + browser.driver.getCurrentUrl() + ": " + e.getMessage(), e);
        }
    }

    @Test
    void theMapFiltersByACountryAndAnEntityPageShowsItsEvents() throws Exception {
        try {
            browser.driver.get("http://127.0.0.1:" + port + "/");
            waitForRender(null);
            browser.wait.until(b -> timelineTitles().contains(MOSCOW) && timelineTitles().contains(ZARIF));
            // The countries that hold events are shaded and can be chosen; Moscow is a point.
            browser.wait.until(b -> !b.findElements(By.cssSelector("annalist-map .map-country[data-id='state-ru']")).isEmpty());
            assertThat(browser.driver.findElements(By.cssSelector("annalist-map .map-city[data-id='city-524901']"))).hasSize(1);
            assertThat(browser.driver.findElements(By.cssSelector("annalist-map .map-country[role='button']")).size())
                    .isGreaterThan(2);
            browser.screenshot("timeline-map.png");
            String before = rendered();
            // A real click on Russia, at a point of the page where its shape is on top (the middle of its box is not:
            // it crosses the antimeridian).
            @SuppressWarnings("unchecked")
            List<Number> inside = (List<Number>) browser.js("""
                    const shape = document.querySelector("annalist-map .map-country[data-id='state-ru']");
                    const box = shape.getBoundingClientRect();
                    for (let y = box.top + 2; y < box.bottom; y += 3) {
                      for (let x = box.left + 2; x < box.right; x += 3) {
                        if (document.elementFromPoint(x, y) === shape) return [Math.round(x), Math.round(y)];
                      }
                    }
                    return null;""");
            assertThat(inside).isNotNull();
            new Actions(browser.driver).moveToLocation(inside.get(0).intValue(), inside.get(1).intValue()).click().perform();
            waitForRender(before);
            browser.wait.until(b -> b.getCurrentUrl().contains("place=state-ru"));
            browser.wait.until(b -> timelineTitles().contains(MOSCOW) && !timelineTitles().contains(ZARIF));
            browser.wait.until(b -> !b.findElements(By.cssSelector("annalist-map .map-country.selected[data-id='state-ru']")).isEmpty());
            // Enter on a chosen country takes it out of the filter again.
            before = rendered();
            browser.js("document.querySelector(\"annalist-map .map-country[data-id='state-ru']\").focus();");
            new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            waitForRender(before);
            browser.wait.until(b -> !b.getCurrentUrl().contains("place=") && timelineTitles().contains(ZARIF));

            // His page: names, counts, a small timeline of his events, the actors he appears with.
            browser.driver.get("http://127.0.0.1:" + port + "/entity/qassem-soleimani");
            browser.wait.until(b -> !b.findElements(By.cssSelector("#entity-timeline .vis-item.event")).isEmpty());
            assertThat(browser.texts("#entity-name")).containsExactly("Qassem Soleimani");
            assertThat(browser.texts(".entity-aliases").getFirst()).contains("Qasem Soleimani");
            assertThat(browser.driver.findElements(By.cssSelector("#entity-companions a.entity-companion"))).isNotEmpty();
            browser.screenshot("entity-page.png");
            browser.driver.findElement(By.cssSelector(".entity-as-actor")).click();
            browser.wait.until(b -> b.getCurrentUrl().contains("actor=qassem-soleimani"));
        } catch (AssertionError | RuntimeException e) {
            browser.screenshot("timeline-map-failure.png");
            throw new AssertionError("At " + browser.driver.getCurrentUrl() + ": " + e.getMessage(), e);
        }
    }

    @Test
    void anEditorAddsAnEventByHand() throws Exception {
        try {
            browser.driver.get("http://127.0.0.1:" + port + "/?view=2019-12-20T00:00_2020-01-20T00:00");
            waitForRender(null);
            String title = "Conférence de presse à Téhéran <b>sans</b> date précise";
            browser.driver.findElement(By.id("add-event")).click();
            browser.wait.until(b -> !b.findElements(By.cssSelector("#add-title input")).isEmpty());
            browser.driver.findElement(By.cssSelector("#add-title input")).sendKeys(title);
            WebElement day = browser.driver.findElement(By.cssSelector("#add-date input"));
            day.sendKeys("2020-01-09");
            day.sendKeys(Keys.ENTER);
            browser.driver.findElement(By.cssSelector("#add-note textarea")).sendKeys("Vu à la télévision iranienne.");
            browser.screenshot("timeline-add-event.png");
            String before = rendered();
            browser.driver.findElement(By.id("add-save")).click();
            waitForRender(before);
            // The new event is drawn, selected, with its note and its origin; its markup stays text.
            browser.wait.until(b -> timelineTitles().contains(title));
            browser.wait.until(b -> browser.texts("#event-details .event-title").contains(title));
            assertThat(browser.texts("#event-details .event-note")).containsExactly("Vu à la télévision iranienne.");
            assertThat(browser.texts("#event-details .event-origin")).containsExactly("ajouté par une personne");
            assertThat(browser.driver.findElements(By.cssSelector("annalist-timeline .vis-item b"))).isEmpty();
        } catch (AssertionError | RuntimeException e) {
            browser.screenshot("timeline-add-failure.png");
            throw new AssertionError("At " + browser.driver.getCurrentUrl() + ": " + e.getMessage(), e);
        }
    }

    private String exportImage(String type) {
        return (String) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.querySelector('annalist-timeline').exportImage(arguments[0])
                    .then(done, e => done('failed: ' + e));""", type);
    }

    private void walkThrough() throws Exception {
        browser.driver.get("http://127.0.0.1:" + port + "/");
        waitForRender(null);
        browser.wait.until(b -> timelineTitles().contains(MOSCOW));
        // French interface for a French browser; the Moscow meeting and the January 2020 events are there.
        assertThat(browser.texts("#nav-timeline")).containsExactly("Chronologie");
        assertThat(gridCells()).contains(MOSCOW, ZARIF_SAID, "2015-01-01", "2020-01-07");
        assertThat(timelineTitles()).contains(ZARIF);
        browser.screenshot("timeline.png");

        // Both periods readable, measured by where their items are drawn: January 2020 in the main timeline, its days
        // spread over the width (not crowded against an edge); 2015 in a pane of its own, its items inside the pane.
        @SuppressWarnings("unchecked")
        Map<String, Number> placed = (Map<String, Number>) browser.js("""
                const main = document.querySelector('#timeline');
                const box = main.querySelector('.vis-panel.vis-center').getBoundingClientRect();
                const items = Array.from(main.querySelectorAll('.vis-item.event'));
                const at = text => items.find(i => i.textContent.includes(text));
                const zarif = at('Iran took');
                const lefts = items.filter(i => !i.classList.contains('coarse')).map(i => i.getBoundingClientRect().left);
                const pane = Array.from(document.querySelectorAll('annalist-timeline.period-pane'))
                    .find(p => p.textContent.includes('Nasrallah'));
                const paneBox = pane ? pane.querySelector('.vis-panel.vis-center').getBoundingClientRect() : null;
                const moscow = pane ? Array.from(pane.querySelectorAll('.vis-item.event')).find(i => i.textContent.includes('Nasrallah')) : null;
                const m = moscow ? moscow.getBoundingClientRect() : null;
                const z = zarif.getBoundingClientRect();
                return {zarifLeft: (z.left + z.right) / 2 - box.left, width: box.width,
                        spread: Math.max(...lefts) - Math.min(...lefts),
                        moscowInside: m && m.left >= paneBox.left - 1 && m.left < paneBox.right ? 1 : 0,
                        moscowWidth: m ? m.width : 0};""");
        assertThat(placed.get("zarifLeft").doubleValue()).isBetween(0.0, placed.get("width").doubleValue());
        assertThat(placed.get("spread").doubleValue()).isGreaterThan(150);
        assertThat(placed.get("moscowInside").intValue()).isEqualTo(1);
        assertThat(placed.get("moscowWidth").doubleValue()).isGreaterThan(60);
        browser.js("document.querySelector('#period-panes').scrollIntoView({block: 'end'})");
        browser.screenshot("timeline-periods.png");
        browser.js("window.scrollTo(0, 0); document.querySelector('.timeline-main').scrollTop = 0;");

        // The reader drags the timeline's bottom edge (CSS resize sets its height): vis-timeline takes the new height.
        assertThat(browser.js("return getComputedStyle(document.querySelector('annalist-timeline')).resize"))
                .isEqualTo("vertical");
        String visHeight = "return document.querySelector('annalist-timeline .vis-timeline').getBoundingClientRect().height";
        double shortHeight = ((Number) browser.js(visHeight)).doubleValue();
        browser.js("document.querySelector('annalist-timeline').style.height = '44rem'");
        browser.wait.until(b -> ((Number) browser.js(visHeight)).doubleValue() > shortHeight + 100);
        browser.js("document.querySelector('annalist-timeline').style.height = ''");
        browser.wait.until(b -> ((Number) browser.js(visHeight)).doubleValue() < shortHeight + 20);

        // Actor filter: Javad Zarif leaves his statement of 2020-01-07.
        String before = rendered();
        pick("filter-actors", "Zarif");
        waitForRender(before);
        browser.wait.until(b -> b.getCurrentUrl().contains("actor=javad-zarif"));
        browser.wait.until(b -> !gridCells().contains(MOSCOW));
        assertThat(gridCells()).contains(ZARIF_SAID, "2020-01-07");
        assertThat(timelineTitles()).containsExactlyInAnyOrder(ZARIF_SAID, ZARIF);

        // One click clears; then the region filter keeps the Moscow meeting.
        before = rendered();
        browser.wait.until(b -> b.findElement(By.id("clear-filters")).isEnabled());
        browser.js("document.getElementById('clear-filters').click();");
        waitForRender(before);
        browser.wait.until(b -> !b.getCurrentUrl().contains("actor="));
        before = rendered();
        pick("filter-regions", "Russie et CEI");
        waitForRender(before);
        browser.wait.until(b -> b.getCurrentUrl().contains("region=russie-cei"));
        browser.wait.until(b -> !gridCells().contains(ZARIF_SAID));
        assertThat(gridCells()).contains(MOSCOW);

        // Clicking the event on the timeline shows its passage with the date expression and the mentions marked.
        WebElement item = browser.driver.findElements(By.cssSelector("annalist-timeline .vis-item.event")).stream()
                .filter(e -> e.getText().contains("Nasrallah")).findFirst().orElseThrow();
        new Actions(browser.driver).moveToElement(item).click().perform();
        browser.wait.until(b -> !browser.texts("#event-details .mark-event-date").isEmpty());
        assertThat(browser.texts("#event-details .event-title")).containsExactly(MOSCOW);
        assertThat(browser.texts("#event-details .mark-event-date")).containsExactly("en 2015");
        // How the date was read, in the interface's language.
        assertThat(String.join(" ", browser.texts("#event-details .event-explanation"))).contains("année explicite");
        assertThat(browser.texts("#event-details .mark-entity-person")).contains("major général Soleimani", "président Poutine");
        assertThat(browser.driver.getCurrentUrl()).contains("event=");
        browser.screenshot("timeline-details.png");

        // The CSV download parses and holds what is shown: the grid's events, then the undated ones.
        String csv = (String) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(document.querySelector('#export-csv').href).then(r => r.text()).then(done);");
        List<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(csv).readAll();
        String counts = browser.texts("#counts").getFirst();
        int shown = Integer.parseInt(counts.replaceAll("^(\\d+).*", "$1"));
        int undated = Integer.parseInt(counts.replaceAll("^\\d+[^·]*· (\\d+).*", "$1"));
        assertThat(rows).hasSize(shown + undated);
        List<String> dated = rows.stream().filter(r -> !r.get("start").isEmpty()).map(r -> r.get("title")).toList();
        assertThat(dated).hasSize(shown).contains(MOSCOW);
        assertThat(gridCells()).containsAll(dated);
        assertThat(rows).allMatch(r -> r.get("regions").contains("Russie et CEI"));

        // The same view framed by another page: /embed with the same address, the chronology without controls.
        String address = browser.driver.getCurrentUrl();
        browser.driver.get("http://127.0.0.1:" + port + "/embed" + address.substring(address.indexOf('?')));
        waitForRender(null);
        browser.wait.until(b -> timelineTitles().contains(MOSCOW));
        assertThat(browser.driver.findElements(By.cssSelector("#filter-actors, #import, #share, #bulk-select, "
                + "[id^=curate-], #nav-timeline"))).isEmpty();
        browser.wait.until(b -> browser.texts("#event-details .event-title").contains(MOSCOW));
        browser.screenshot("timeline-embed.png");

        // Cleaning at scale: two rows ticked on the grid are marked wrong at once, and the counts say so.
        browser.driver.get("http://127.0.0.1:" + port + "/");
        waitForRender(null);
        String all = browser.texts("#counts").getFirst();
        int inAll = Integer.parseInt(all.replaceAll(".*· (\\d+) en tout.*", "$1"));
        browser.driver.findElement(By.id("bulk-select")).click();
        browser.wait.until(b -> !b.findElements(By.cssSelector("#events-grid vaadin-checkbox")).isEmpty());
        // The rows' tick boxes (not the header's select-all, not the grid's unused cells).
        List<WebElement> ticks = browser.driver.findElements(By.cssSelector("#events-grid vaadin-grid-cell-content vaadin-checkbox"))
                .stream().filter(WebElement::isDisplayed)
                .filter(box -> !String.valueOf(box.getAttribute("class")).contains("select-all")).toList();
        ticks.get(0).click();
        ticks.get(1).click();
        browser.wait.until(b -> b.findElement(By.id("bulk-hide")).getText().contains("2"));
        browser.screenshot("timeline-bulk.png");
        browser.driver.findElement(By.id("bulk-hide")).click();
        browser.wait.until(b -> browser.texts("#counts").getFirst().contains("· " + (inAll - 2) + " en tout"));
        assertThat(browser.driver.findElements(By.id("bulk-hide")).stream().filter(WebElement::isDisplayed)).isEmpty();
    }
}
