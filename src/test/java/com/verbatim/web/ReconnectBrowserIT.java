package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.Browser;
import com.verbatim.support.TestApp;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The chat page while the server restarts: the connection state says so, a question asked meanwhile
 * waits visibly, and is answered once the page has reconnected (or shown as failed, with a retry that
 * then answers it). Skipped without chromium, unless {@code VERBATIM_REQUIRE_BROWSER} is set (CI).
 */
@ExtendWith(VertxExtension.class)
@DisplayName("The chat page across a server restart")
@Timeout(600)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class ReconnectBrowserIT {

  @TempDir
  static Path data;
  @TempDir
  static Path profile;
  private static final TestApp first = new TestApp();
  private static final TestApp second = new TestApp();
  private static boolean secondStarted;
  private static Browser browser;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    Browser.assumeInstalled();
    browser = Browser.start(profile, true);
    // word ranking only: the second start must be quick, and the answer to this question does not need more
    first.start(vertx, TestApp.config(data, Map.of("VERBATIM_SEMANTIC", "false"))).onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(Vertx vertx, VertxTestContext ctx) {
    if (browser != null) {
      browser.close();
    }
    (secondStarted ? second.stop(vertx) : io.vertx.core.Future.succeededFuture()).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a question asked while the server restarts is answered after the page reconnects; one stopped is not")
  void answeredAfterRestart(Vertx vertx) {
    int port = first.port();
    browser.get("http://127.0.0.1:" + port + "/");
    browser.await("#ask-form[data-ready='true']");
    assertThat(browser.find("#connection").getText()).isEqualTo("Connected");

    first.stop(vertx).await();
    browser.wait(d -> !"online".equals(browser.find("#connection").getDomAttribute("data-state")));
    browser.find("#question").sendKeys("Who did Blinken meet?");
    browser.find("#ask-form button[type=submit]").click();
    WebElement exchange = browser.await("#conversation .exchange[data-state='waiting']");
    assertThat(exchange.findElement(By.cssSelector(".waiting")).getText()).contains("connection");
    assertThat(browser.find("#connection").getText()).containsAnyOf("Connection lost", "Connecting");
    // a second question, withdrawn with Stop, is not sent when the connection is back
    browser.find("#question").sendKeys("How long was the meeting?");
    browser.find("#ask-form button[type=submit]").click();
    WebElement stopped = browser.findAll("#conversation .exchange").get(1);
    stopped.findElement(By.cssSelector("button.stop")).click();
    assertThat(stopped.getDomAttribute("data-state")).isEqualTo("failed");
    assertThat(stopped.findElement(By.cssSelector(".failure")).getText()).startsWith("Stopped.");

    second.start(vertx, TestApp.config(data, Map.of("VERBATIM_SEMANTIC", "false", "VERBATIM_HTTP_PORT",
        String.valueOf(port)))).await();
    secondStarted = true;
    browser.wait(d -> !"waiting".equals(exchange.getDomAttribute("data-state")));
    if ("failed".equals(exchange.getDomAttribute("data-state"))) {
      assertThat(exchange.findElement(By.cssSelector("[role=alert]")).getText()).isNotBlank();
      exchange.findElement(By.cssSelector("button.retry")).click();
      browser.wait(d -> "answered".equals(exchange.getDomAttribute("data-state")));
    }
    assertThat(exchange.getDomAttribute("data-state")).isEqualTo("answered");
    assertThat(exchange.findElements(By.cssSelector(".quote"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(browser.find("#connection").getText()).isEqualTo("Connected");
    assertThat(stopped.getDomAttribute("data-state")).isEqualTo("failed");
    assertThat(stopped.findElements(By.cssSelector(".quote"))).isEmpty();
  }
}
