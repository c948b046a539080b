package com.verbatim.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium through chromium-driver, for the pages' tests: viewport sizes and the
 * colour scheme set through the DevTools protocol, screenshots under {@code target/screenshots/}, and
 * axe-core injected from {@code .ci/browser/node_modules} (installed by {@code .ci/run}).
 * Without chromium the tests skip, unless {@code VERBATIM_REQUIRE_BROWSER} is set (CI).
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  /** Where axe-core is, unless the {@code verbatim.axe} system property says otherwise. */
  private static final Path AXE = Path.of(".ci/browser/node_modules/axe-core/axe.min.js");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  /** Generous: a browser on a busy machine is slow; reaching it means the page never got there. */
  public static final Duration PAGE_LIMIT = Duration.ofSeconds(120);

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Skips the calling test class when chromium is missing, unless CI requires it. */
  public static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    if (!required()) {
      Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
    }
  }

  private static boolean required() {
    return System.getenv("VERBATIM_REQUIRE_BROWSER") != null;
  }

  /** A fresh headless browser with its own profile; {@code javascript} false turns scripts off. */
  public static Browser start(Path profile, boolean javascript) {
    assumeInstalled();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,900", "--user-data-dir=" + profile);
    if (!javascript) {
      options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).withTimeout(PAGE_LIMIT).build(), options);
    driver.manage().timeouts().scriptTimeout(PAGE_LIMIT);
    Browser browser = new Browser(driver);
    browser.viewport(1280, 900);
    return browser;
  }

  public WebDriver driver() {
    return driver;
  }

  /** The page's CSS viewport, as a phone or a desktop window has it. */
  public void viewport(int width, int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
        "deviceScaleFactor", 1, "mobile", width < 600));
  }

  /** Emulates {@code prefers-color-scheme: dark} (true) or light. */
  public void dark(boolean dark) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
        List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
  }

  /** A DevTools protocol command, such as granting the page a permission. */
  public void cdp(String command, Map<String, Object> parameters) {
    driver.executeCdpCommand(command, parameters);
  }

  public void get(String url) {
    driver.get(url);
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Waits until {@code css} matches an element, and returns it. */
  public WebElement await(String css) {
    return wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  public <T> T wait(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, PAGE_LIMIT).until(condition::apply);
  }

  /** Saves a screenshot of the viewport as {@code target/screenshots/<name>.png}. */
  public void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether axe-core is installed; tests that need it skip without it, unless CI requires it. */
  public static void assumeAxe() {
    if (!required()) {
      Assumptions.assumeTrue(Files.isRegularFile(axePath()), "axe-core is not installed (cd .ci/browser && npm ci)");
    }
  }

  private static Path axePath() {
    String configured = System.getProperty("verbatim.axe");
    return configured == null || configured.isBlank() ? AXE : Path.of(configured);
  }

  /**
   * Runs axe-core on the current page against WCAG 2.0-2.2 A and AA and returns the violations, each as
   * "rule: help (selectors)"; empty when the page passes.
   */
  @SuppressWarnings("unchecked")
  public List<String> axeViolations() {
    try {
      String axe = Files.readString(axePath(), StandardCharsets.UTF_8);
      js(axe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Object result = ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
            + " 'wcag22aa', 'best-practice']}, resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' ('"
            + " + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ') + ')')))"
            + ".catch(e => done(['axe failed: ' + e]));");
    return (List<String>) result;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
