package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.Browser;
import com.verbatim.support.TestApp;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages checked by axe-core (WCAG 2.0 to 2.2, A and AA, plus axe's best practices) in light and dark,
 * and photographed at desktop and phone widths into {@code target/screenshots/}. axe-core comes from
 * {@code .ci/browser} ({@code npm ci}, done by {@code .ci/run}); without it, or without chromium, these
 * tests skip unless {@code VERBATIM_REQUIRE_BROWSER} is set.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("The pages' accessibility (axe-core) and screenshots")
@Timeout(600)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class PagesAccessibilityBrowserIT {

  private static final String MISSION = "/?q=Who+did+Blinken+meet%3F";
  private static final String NOTHING = "/?q=What+is+the+capital+of+France%3F";

  @TempDir
  static Path data;
  @TempDir
  static Path profile;
  private static final TestApp app = new TestApp();
  private static Browser browser;
  private static String citedSentence;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    Browser.assumeInstalled();
    browser = Browser.start(profile, true);
    app.start(vertx, data)
        .compose(started -> WebClient.create(vertx).get(app.port(), "127.0.0.1", "/api/ask")
            .addQueryParam("q", "Who did Blinken meet?").send())
        .onSuccess(r -> citedSentence = r.bodyAsJsonObject().getJsonArray("sentences").getJsonObject(1)
            .getJsonObject("citation").getString("link"))
        .onComplete(ctx.succeedingThenComplete());
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

  /** Opens a page with no conversation kept, and waits until it shows what it is meant to. */
  private static void open(String page) {
    browser.get(url("/static/css/verbatim.css"));
    browser.js("sessionStorage.clear()");
    switch (page) {
      case "chat-empty" -> {
        browser.get(url("/"));
        browser.await("#ask-form[data-ready='true']");
      }
      case "chat-answered" -> {
        browser.get(url(MISSION));
        browser.await("#conversation .exchange[data-state='answered'] .quote");
      }
      case "chat-nothing" -> {
        browser.get(url(NOTHING));
        browser.await("#conversation .exchange[data-state='answered'] .nothing ~ .examples a.example");
      }
      case "article" -> {
        browser.get(url(citedSentence));
        browser.await(".sentence.is-target");
      }
      case "not-found" -> {
        browser.get(url("/articles/0000000000000000"));
        browser.await("main h1");
      }
      default -> throw new IllegalArgumentException(page);
    }
    // smooth scrolling settles before anything is measured or photographed
    browser.wait(d -> (Boolean) browser.js("const y = window.scrollY;"
        + "return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(window.scrollY === y))))"));
  }

  @Test
  @DisplayName("axe-core finds no violation on the chat page (empty, answered, nothing found), the article page and the not-found page, light and dark")
  void noAxeViolations() {
    Browser.assumeAxe();
    // axe is really looking: an image without a text alternative is reported
    open("not-found");
    browser.js("document.querySelector('main').appendChild(document.createElement('img'))");
    assertThat(browser.axeViolations()).anySatisfy(v -> assertThat(v).startsWith("image-alt"));

    Map<String, List<String>> violations = new LinkedHashMap<>();
    for (boolean dark : new boolean[] {false, true}) {
      browser.viewport(1280, 900);
      browser.dark(dark);
      for (String page : List.of("chat-empty", "chat-answered", "chat-nothing", "article", "not-found")) {
        open(page);
        List<String> found = browser.axeViolations();
        if (!found.isEmpty()) {
          violations.put(page + (dark ? " (dark)" : " (light)"), found);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  @DisplayName("screenshots of the chat page (empty and answered) and the article page, at 1280 and 390 px, light and dark")
  void screenshots() {
    for (int width : new int[] {1280, 390}) {
      for (boolean dark : new boolean[] {false, true}) {
        browser.viewport(width, width > 600 ? 900 : 844);
        browser.dark(dark);
        String suffix = "-" + width + (dark ? "-dark" : "-light");
        for (String page : List.of("chat-empty", "chat-answered", "article")) {
          open(page);
          browser.screenshot(page + suffix);
        }
      }
    }
    assertThat(Path.of("target/screenshots/chat-answered-390-dark.png")).exists();
  }
}
