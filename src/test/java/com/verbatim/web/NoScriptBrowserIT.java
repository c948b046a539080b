package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.Browser;
import com.verbatim.support.TestApp;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * The pages with JavaScript turned off: the question box is a plain form that asks {@code GET /?q=}, and
 * the server renders the same cited answer the script would. Skipped without chromium, unless
 * {@code VERBATIM_REQUIRE_BROWSER} is set (CI).
 */
@ExtendWith(VertxExtension.class)
@DisplayName("The pages without JavaScript")
@Timeout(600)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class NoScriptBrowserIT {

  @TempDir
  static Path data;
  @TempDir
  static Path profile;
  private static final TestApp app = new TestApp();
  private static Browser browser;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    Browser.assumeInstalled();
    browser = Browser.start(profile, false);
    app.start(vertx, data).onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(Vertx vertx, VertxTestContext ctx) {
    if (browser != null) {
      browser.close();
    }
    app.stop(vertx).onComplete(ctx.succeedingThenComplete());
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }

  @Test
  @DisplayName("the question form asks /?q= and the server renders the cited answer, with a shareable link")
  void formAsksOnTheServer() {
    browser.get(url("/"));
    assertThat(browser.findAll("#examples a.example")).isNotEmpty();
    browser.find("#question").sendKeys("Who did Blinken meet?");
    browser.find("#ask-form button[type=submit]").click();
    browser.wait(d -> d.getCurrentUrl().contains("?q="));

    assertThat(browser.driver().getCurrentUrl()).isEqualTo(url("/?q=Who+did+Blinken+meet%3F"));
    WebElement exchange = browser.await("#conversation .exchange");
    assertThat(browser.find("h2.question").getText()).isEqualTo("Who did Blinken meet?");
    List<String> quotes = texts(browser.findAll(".quote .quote-text"));
    assertThat(quotes).hasSizeGreaterThanOrEqualTo(3);
    assertThat(quotes.subList(0, 3)).anySatisfy(t -> assertThat(t).contains("Wang Yi"))
        .anySatisfy(t -> assertThat(t).contains("Blinken met with top Chinese officials"))
        .anySatisfy(t -> assertThat(t).contains("talks with Qin"));
    assertThat(texts(browser.findAll(".quote a.cite"))).allMatch(t -> t.startsWith("[1]"));
    assertThat(browser.findAll(".sources li")).hasSize(1);
    assertThat(browser.findAll(".quote mark.focus")).isNotEmpty();
    assertThat(browser.find(".summary").getText()).matches("\\d+ quotes from 1 article");
    assertThat(exchange.getText()).contains("Link to this answer");
    // the connection line says answers come as pages: there is no socket without the script
    assertThat(browser.find("#connection").getText()).isEqualTo("Answers are sent as a new page");

    browser.find(".quote a.cite").click();
    WebElement title = browser.await("#article-title");
    assertThat(title.getText()).contains("Antony Blinken");
    assertThat(browser.driver().getCurrentUrl()).matches(".*/articles/[0-9a-f]+#s\\d+");
  }

  @Test
  @DisplayName("a question nothing answers says so, with example questions, and an article's own question box works too")
  void nothingFoundAndArticleQuestion() {
    browser.get(url("/?q=What+is+the+capital+of+France%3F"));
    assertThat(browser.find(".nothing").getText()).isEqualTo("No sentence in the articles answers that.");
    assertThat(browser.findAll("#examples a.example")).isNotEmpty();

    browser.find("#examples a.example").click();
    browser.await(".quote a.cite").click();
    String article = browser.driver().getCurrentUrl().replaceAll("#.*", "");
    browser.find("#article-question").sendKeys("Who did Blinken meet?");
    browser.find("#article-ask-form button[type=submit]").click();
    browser.wait(d -> d.getCurrentUrl().contains("article="));

    assertThat(browser.findAll(".quote a.cite")).isNotEmpty()
        .allSatisfy(cite -> assertThat(cite.getAttribute("href")).startsWith(article + "#s"));
    assertThat(browser.find(".exchange").getText()).contains("Link to this answer");
  }
}
