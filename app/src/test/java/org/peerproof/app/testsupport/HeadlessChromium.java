package org.peerproof.app.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Debian's chromedriver, headless, with a fresh profile per instance.
 * Paths are fixed so Selenium Manager never downloads a browser or driver of its own.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("peerproof.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("peerproof.chromedriver", "/usr/bin/chromedriver");

    private final Path profileDir;
    private final ChromeDriver driver;

    public HeadlessChromium(int width, int height) {
        try {
            profileDir = Files.createTempDirectory("peerproof-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=en-US",
                "--user-data-dir=" + profileDir, "--window-size=" + width + "," + height);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
        driver = new ChromeDriver(service, options);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Makes the page look like a phone's: a viewport {@code width} x {@code height} CSS pixels wide at device pixel
     * ratio 2, with mobile viewport rules (DevTools device emulation). Call before opening the page.
     */
    public void emulatePhone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }

    /** Saves what the browser shows as {@code docs/screenshots/<name>.png} of the project and returns the file. */
    public Path saveScreenshot(String name) {
        try {
            var directory = projectRoot().resolve("docs").resolve("screenshots");
            Files.createDirectories(directory);
            var file = directory.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The directory of the parent pom: Maven runs each module's tests in the module's directory. */
    static Path projectRoot() {
        var directory = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (var candidate = directory; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("app")) && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        return directory;
    }

    /** Opens {@code url} and signs in on the Keycloak login page it leads to, as {@code email} with the demo password. */
    public void signInAt(String url, String email) {
        driver.get(url);
        waitForId("username").sendKeys(email);
        waitForId("password").sendKeys(KeycloakTestServer.DEMO_PASSWORD);
        waitForId("kc-login").click();
    }

    /** Waits until the page's Vaadin client has started and has no request to the server under way. */
    public void waitUntilVaadinIsIdle() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(page -> Boolean.TRUE.equals(script("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.keys(clients).length > 0
                    && Object.values(clients).every(client => !client.isActive());
                """)));
    }

    /** Waits until Vaadin has rendered an element with this id and returns it. */
    public WebElement waitForId(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * Clicks the element with this id as a person would: scrolled to the middle of the window first, since pages grow
     * and a click outside the window (or under a fixed bar) lands on something else.
     */
    public void clickId(String id) {
        var element = waitForId(id);
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profileDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
