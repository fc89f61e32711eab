package org.annalist.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.support.SignedIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.documents.IngestService;
import org.annalist.reading.IngestOptions;
import org.annalist.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A crawled page in a real browser: the document view shows the article as it reads and the site's furniture and the
 * readers' comments dimmed, and says why. Leaves target/screenshots/document-layout.png (the README's picture).
 */
@SignedIn
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        Browser.ADMIN_PROPERTY,
        "spring.datasource.url=jdbc:h2:mem:document-layout;DB_CLOSE_DELAY=-1",
        "annalist.seeds.enabled=false",
        "vaadin.devmode.devTools.enabled=false"})
class DocumentLayoutBrowserIT {

    private static final Path PAGE = Path.of("src", "test", "resources", "pages", "crawled-page-fr.txt");

    @LocalServerPort
    int port;

    @Autowired
    IngestService ingest;

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start("en-US", 1280, 1500);
        browser.signInAsAdmin("http://127.0.0.1:" + port);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theArticleReadsAndTheRestIsDimmed() throws Exception {
        long id = ingest.ingest("crawled-page-fr.txt", Files.readAllBytes(PAGE),
                new IngestOptions(LocalDate.of(2011, 1, 29), "fr")).documentId();
        browser.driver.get("http://127.0.0.1:" + port + "/document/" + id);
        browser.wait.until(b -> !b.findElements(By.className("document-text")).isEmpty());
        assertThat(browser.driver.findElement(By.tagName("h2")).getText())
                .isEqualTo("Le Caire sous couvre-feu après une nuit de heurts place Tahrir");
        List<WebElement> dimmed = browser.driver.findElements(By.cssSelector(".document-part-furniture, .document-part-comments"));
        assertThat(dimmed).isNotEmpty();
        for (WebElement paragraph : dimmed) {
            assertThat(Double.parseDouble(paragraph.getCssValue("opacity"))).isLessThan(0.6);
        }
        String body = String.join("\n", browser.driver.findElements(By.className("document-part-body")).stream()
                .map(WebElement::getText).toList());
        assertThat(body).contains("Des milliers de manifestants", "l'armée a déployé des blindés")
                .doesNotContain("Corinthe").doesNotContain("Je ne suis pas");
        assertThat(browser.driver.findElement(By.className("document-layout-legend")).getText()).contains("Dimmed");
        browser.screenshot("document-layout.png");
    }
}
