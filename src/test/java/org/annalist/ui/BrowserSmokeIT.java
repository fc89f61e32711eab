package org.annalist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Smoke test in a real browser (Debian's headless Chromium): a new user's first start ingests the seeds, the documents
 * view lists both titles, and a title opens the document. Leaves screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser-smoke;DB_CLOSE_DELAY=-1",
        "annalist.seeds.enabled=true",
        "vaadin.devmode.devTools.enabled=false"})
class BrowserSmokeIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        File chromium = new File(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        File driver = new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            assumeTrue(chromium.canExecute() && driver.canExecute(), "Chromium and chromedriver are not installed");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,800", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver).build(), options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDocumentsViewListsBothSeedsAndOpensOne() throws Exception {
        browser.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(b -> gridTexts().contains("Trump veut se retirer, il est obligé de désamorcer"));
        assertThat(gridTexts()).contains("Comment Soleimani a convaincu Poutine d'aider Damas",
                "Trump veut se retirer, il est obligé de désamorcer", "Mondialisation.ca", "2021-01-29", "2020-01-10");
        screenshot("documents.png");

        browser.findElement(By.linkText("Comment Soleimani a convaincu Poutine d'aider Damas")).click();
        wait.until(b -> b.findElements(By.tagName("h2")).stream()
                .anyMatch(h -> h.getText().equals("Comment Soleimani a convaincu Poutine d'aider Damas")));
        assertThat(browser.findElement(By.className("document-facts")).getText())
                .contains("Pepe Escobar", "Moyen-Orient et Afrique du Nord, Russie et CEI", "Asia Times");
        assertThat(browser.findElement(By.className("document-text")).getText()).contains("Dans une interview saisissante");
        screenshot("document.png");
    }

    @SuppressWarnings("unchecked")
    private List<String> gridTexts() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent.trim());");
    }

    private void screenshot(String name) throws Exception {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
