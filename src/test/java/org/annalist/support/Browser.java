package org.annalist.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, for the end-to-end tests. Outside CI a machine without them
 * skips the tests; in CI they must be there ({@code .ci/run} installs them).
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final ChromeDriver driver;
    public final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        // A Vaadin view replaces its elements as it updates: an element found a moment ago may be gone when read.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** A browser whose preferred language is {@code language} and whose window is width × height. */
    public static Browser start(String language, int width, int height) throws Exception {
        File chromium = new File(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        File chromedriver = new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            assumeTrue(chromium.canExecute() && chromedriver.canExecute(), "Chromium and chromedriver are not installed");
        }
        Path downloads = Files.createTempDirectory("chromium-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=" + language, "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "download.default_directory", downloads.toString()));
        Files.createDirectories(SCREENSHOTS);
        return new Browser(new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build(),
                options));
    }

    /** The first admin's password in the tests' web applications ({@code annalist.security.initial-admin-password}). */
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    /** The property that gives it, for {@code @SpringBootTest(properties = ...)}. */
    public static final String ADMIN_PROPERTY = "annalist.security.initial-admin-password=" + ADMIN_PASSWORD;

    /** Signs in through the login form of the application at {@code base} and waits until it has left the form. */
    public void signIn(String base, String name, String password) {
        submitSignIn(base, name, password);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Opens the login form, types the name and the password and sends them, whatever the answer. */
    public void submitSignIn(String base, String name, String password) {
        driver.get(base.replaceAll("/+$", "") + "/login");
        wait.until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(name);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
    }

    public void signInAsAdmin(String base) {
        signIn(base, "admin", ADMIN_PASSWORD);
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    public List<String> texts(String selector) {
        return (List<String>) js("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent.trim());",
                selector);
    }

    public void screenshot(String name) throws Exception {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
