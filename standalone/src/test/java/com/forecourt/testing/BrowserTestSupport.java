package com.forecourt.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests that drive Debian's Chromium through WebDriver against the running system (real HTTP and
 * WebSocket). They carry the JUnit tag {@code browser} and run only with {@code -Pbrowser}. Nothing is downloaded:
 * the browser and its driver are {@code forecourt.browser.chromium} and {@code forecourt.browser.chromedriver}
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}). Each test gets a browser with a new, empty profile,
 * and leaves a screenshot of where it ended in {@code target/browser-screenshots/}.
 */
@Tag("browser")
public abstract class BrowserTestSupport extends IntegrationTestSupport {

    /** How long a page may take to show what a step waits for; a wait ends as soon as it is there. */
    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    protected ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = startChromium(new Dimension(1280, 900));
    }

    /**
     * A Chromium of its own: a new profile, headless, no network of its own beyond this machine. A window narrower
     * than 500 pixels (below headless Chromium's smallest window) is a phone's screen, by Chromium's device emulation.
     */
    protected ChromeDriver startChromium(Dimension window) throws IOException {
        String chromium = System.getProperty("forecourt.browser.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("forecourt.browser.chromedriver", "/usr/bin/chromedriver");
        assertThat(new File(chromium).canExecute()).as("Chromium (apt-get install chromium chromium-driver) at " + chromium).isTrue();
        assertThat(new File(driver).canExecute()).as("chromedriver (apt-get install chromium-driver) at " + driver).isTrue();
        System.setProperty("webdriver.chrome.driver", driver);
        Path userData = Files.createTempDirectory("forecourt-chromium-");
        if (profile == null) {
            profile = userData;
        }
        ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-GB", "--user-data-dir=" + userData,
                "--window-size=" + window.getWidth() + "," + window.getHeight());
        if (window.getWidth() < 500) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", window.getWidth(),
                    "height", window.getHeight(), "pixelRatio", 2.0, "touch", true)));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(PATIENCE);
        return chrome;
    }

    @AfterEach
    void stopBrowser(TestInfo test) {
        try {
            screenshot(browser, test.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                    + test.getTestMethod().map(m -> m.getName()).orElse("journey"));
        } finally {
            browser.quit();
            deleteProfile();
        }
    }

    /** Saves what the browser shows as target/browser-screenshots/{name}.png. */
    protected static Path screenshot(ChromeDriver chrome, String name) {
        Path folder = Path.of(System.getProperty("forecourt.browser.screenshots", "target/browser-screenshots"));
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            Files.write(file, chrome.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** The address of a path of the running system, as a buyer types it. */
    protected String address(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected void open(String path) {
        browser.get(address(path));
    }

    /**
     * Waits until the condition holds (at most {@link #PATIENCE}) and returns what it returned. An element the page
     * re-rendered while the condition looked at it is stale: the condition is asked again, as for one not there yet.
     */
    protected <T> T until(ExpectedCondition<T> condition) {
        return waitIn(browser).until(condition);
    }

    /** A wait of at most {@link #PATIENCE} in this browser that asks again when an element went stale meanwhile. */
    protected static WebDriverWait waitIn(ChromeDriver chrome) {
        WebDriverWait wait = new WebDriverWait(chrome, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Waits for an element to be shown. */
    protected WebElement shown(By by) {
        return until(driver -> {
            List<WebElement> found = driver.findElements(by);
            return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
    }

    /** Waits until some shown element matching by has exactly this text (white space trimmed). */
    protected WebElement shownWithText(By by, String text) {
        return until(driver -> driver.findElements(by).stream()
                .filter(element -> element.isDisplayed() && element.getText().strip().equals(text))
                .findFirst().orElse(null));
    }

    /** Waits until the page's main content contains the text. */
    protected void waitForText(String text) {
        until(driver -> driver.findElement(By.tagName("main")).getText().contains(text));
    }

    protected Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** The element that has the keyboard focus. */
    protected WebElement focused() {
        return browser.switchTo().activeElement();
    }

    /**
     * Scans the page with axe-core (WCAG 2.1 A and AA and axe's best practices) and fails on any serious or critical
     * violation, naming each rule and the elements at fault.
     */
    protected void assertAccessible(String page) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(browser);
        List<String> serious = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList());
            }
        }
        assertThat(results.getViolations()).as("axe-core could not scan " + page).isNotNull();
        assertThat(serious).as("serious accessibility violations on " + page).isEmpty();
    }

    /** What the browser's console reported as errors since the last call (CSP refusals, script errors, failed loads). */
    protected List<String> consoleErrors() {
        return consoleErrors(browser);
    }

    protected static List<String> consoleErrors(ChromeDriver chrome) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : chrome.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Bytes of JavaScript the page has loaded so far (decoded, as the browser ran them). */
    protected long javascriptBytes() {
        Object bytes = script("return performance.getEntriesByType('resource')"
                + ".filter(r => /\\.m?js$/.test(new URL(r.name).pathname))"
                + ".reduce((sum, r) => sum + r.decodedBodySize, 0);");
        return ((Number) bytes).longValue();
    }
}
