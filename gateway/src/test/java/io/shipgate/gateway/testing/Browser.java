package io.shipgate.gateway.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real browser for the pages' tests: Debian's headless Chromium driven through its chromedriver with Selenium (never a
 * browser a tool downloads). Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (or
 * {@code SHIPGATE_CHROMIUM} / {@code SHIPGATE_CHROMEDRIVER}) the test is skipped, saying so; with
 * {@code SHIPGATE_REQUIRE_TOOLS=true} (as {@code .ci/run} sets, after installing them) it fails instead. Screenshots go to
 * {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(env("SHIPGATE_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(env("SHIPGATE_CHROMEDRIVER", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final WebDriver driver;
    private final Path profile;
    private final String base;

    private Browser(WebDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** A fresh browser (its own empty profile) at 1280x800, on the gateway at {@code port}. */
    public static Browser open(int port) {
        requireTools();
        try {
            Path profile = Files.createTempDirectory("shipgate-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--no-default-browser-check", "--user-data-dir=" + profile, "--window-size=1280,800", "--lang=en-US");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().window().setSize(new Dimension(1280, 800));
            return new Browser(driver, profile, "http://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips (or, with {@code SHIPGATE_REQUIRE_TOOLS=true}, fails) when Chromium or its driver is missing. */
    public static void requireTools() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "SKIPPED: browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "); install them (apt-get install chromium chromium-driver; .ci/run does)";
        if (Boolean.parseBoolean(System.getenv("SHIPGATE_REQUIRE_TOOLS"))) {
            Assertions.fail(message.replace("SKIPPED", "MISSING"));
        }
        System.err.println(message);
        Assumptions.abort(message);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the gateway ({@code /console}). */
    public Browser get(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The visible text of the page's body. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Types into the field (cleared first). */
    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Signs in to the console. */
    public Browser signIn(String email, String password) {
        get("/console/login");
        type("#email", email).type("#password", password);
        return submit("form button[type=submit]");
    }

    /** Clicks a form's button and waits for the next page. */
    public Browser submit(String css) {
        String before = driver.getCurrentUrl();
        WebElement button = find(css);
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().equals(before) || isStale(button));
        return this;
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        }
    }

    /** The browser's cookies as a {@code Cookie} header, to fetch what the page links to (a label PDF) with the same session. */
    public String cookieHeader() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /** A screenshot of the page to {@code target/screenshots/<name>.png}, kept as a test artifact. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(shot, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page at another width (375 for a phone), for the next screenshots. */
    public Browser width(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
