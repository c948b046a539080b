package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.TestApp;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat page in a real browser (Debian's chromium through chromium-driver): it asks over the
 * WebSocket, shows cited quotes with highlights, links to the sentence, and never runs article text.
 * Skipped when no chromedriver is installed, unless {@code VERBATIM_REQUIRE_BROWSER} is set (CI).
 */
@ExtendWith(VertxExtension.class)
@DisplayName("The chat page in a real browser")
@Timeout(300)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class ChatPageBrowserIT {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  /** Generous: a browser on a busy machine is slow; reaching it means the page never got there. */
  private static final Duration PAGE_LIMIT = Duration.ofSeconds(120);

  @TempDir
  static Path data;
  @TempDir
  static Path profile;
  private static final TestApp app = new TestApp();
  private static WebDriver browser;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    if (System.getenv("VERBATIM_REQUIRE_BROWSER") == null) {
      Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
    }
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + profile);
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .withTimeout(PAGE_LIMIT).build(),
        options);
    app.start(vertx, data).onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(Vertx vertx, VertxTestContext ctx) {
    if (browser != null) {
      browser.quit();
    }
    app.stop(vertx).onComplete(ctx.succeedingThenComplete());
  }

  private static List<WebElement> ask(String question, String expect) {
    browser.get("http://127.0.0.1:" + app.port() + "/");
    WebDriverWait wait = new WebDriverWait(browser, PAGE_LIMIT);
    // the form is marked ready once its WebSocket is open
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ask-form[data-ready='true']")));
    browser.findElement(By.id("question")).sendKeys(question);
    browser.findElement(By.cssSelector("#ask-form button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#conversation .exchange " + expect)));
    return browser.findElements(By.cssSelector("#conversation .exchange .quote"));
  }

  @Test
  @DisplayName("asking 'Who did Blinken meet?' shows the three answering sentences first, highlighted and cited")
  void missionQuestion() {
    List<WebElement> quotes = ask("Who did Blinken meet?", ".quote");

    assertThat(quotes).hasSizeGreaterThanOrEqualTo(3);
    List<String> top3 = quotes.subList(0, 3).stream().map(WebElement::getText).toList();
    assertThat(top3).anySatisfy(t -> assertThat(t).contains("Wang Yi"))
        .anySatisfy(t -> assertThat(t).contains("Blinken met with top Chinese officials"))
        .anySatisfy(t -> assertThat(t).contains("talks with Qin"));
    assertThat(quotes.get(0).findElements(By.tagName("mark"))).isNotEmpty();
    WebElement link = quotes.get(0).findElement(By.cssSelector(".cite a"));
    assertThat(link.getAttribute("href")).matches("http://127\\.0\\.0\\.1:\\d+/articles/[0-9a-f]+#s\\d+");

    String anchor = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
    link.click();
    WebElement sentence = new WebDriverWait(browser, PAGE_LIMIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id(anchor)));
    assertThat(sentence.getText()).contains("Blinken");
  }

  @Test
  @DisplayName("article text that looks like HTML is shown as text and never runs")
  void articleTextIsNotRun(Vertx vertx) {
    JsonObject article = new JsonObject().put("title", "Lighthouse <b>news</b>")
        .put("text", "The lighthouse keeper wrote <img src=x onerror=\"window.pwned=1\"> in the logbook on Friday.");
    WebClient.create(vertx).post(app.port(), "127.0.0.1", "/api/articles").bearerTokenAuthentication(TestApp.TOKEN)
        .sendJsonObject(article).await();

    List<WebElement> quotes = ask("What did the lighthouse keeper write in the logbook?", ".quote");

    assertThat(quotes.get(0).getText()).contains("<img src=x onerror=\"window.pwned=1\">");
    assertThat(browser.findElements(By.cssSelector("#conversation img"))).isEmpty();
    assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
  }

  @Test
  @DisplayName("a question nothing answers says so")
  void nothingFound() {
    ask("What is the capital of France?", ".nothing");

    assertThat(browser.findElement(By.cssSelector("#conversation .nothing")).getText()).isNotBlank();
  }
}
