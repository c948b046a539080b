package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.Browser;
import com.verbatim.support.TestApp;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The chat page and the article pages in a real browser (Debian's chromium through chromium-driver), as a
 * reader uses them: asking over the WebSocket, citations numbered per source, opening a citation onto its
 * sentence and coming back, several questions in a row, shared links, a phone's width, dark mode, and
 * article text that never runs. Skipped without chromium, unless {@code VERBATIM_REQUIRE_BROWSER} is set (CI).
 */
@ExtendWith(VertxExtension.class)
@DisplayName("The chat page in a real browser")
@Timeout(600)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class ChatPageBrowserIT {

  @TempDir
  static Path data;
  @TempDir
  static Path profile;
  private static final TestApp app = new TestApp();
  private static Browser browser;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    Browser.assumeInstalled();
    browser = Browser.start(profile, true);
    app.start(vertx, data)
        .compose(started -> post(vertx, new JsonObject().put("title", "Harbour reopens after storm")
            .put("text", "The harbour in Dunmore reopened on Tuesday after the storm.\n\n"
                + "Harbour master Aoife Byrne said the lighthouse lamp was repaired on Monday.\n\n"
                + "The harbour master said the lighthouse lamp would be tested again on Friday.\n\n"
                + "Fishing boats returned to the harbour on Wednesday.")
            .put("source", "Coast Courier").put("url", "https://news.example.com/harbour")
            .put("publishedAt", "2026-11-26T10:00:00Z")))
        .compose(v -> post(vertx, new JsonObject().put("title", "Storm damage counted")
            .put("text", "Insurers counted the storm damage on the coast.\n\n"
                + "The Dunmore lighthouse lamp was repaired by engineers from Cork, the harbour master said.")
            .put("source", "Western Wire").put("url", "https://wire.example.com/storm").put("publishedAt", "2026-11-27")))
        .onComplete(ctx.succeedingThenComplete());
  }

  static io.vertx.core.Future<Void> post(Vertx vertx, JsonObject article) {
    return WebClient.create(vertx).post(app.port(), "127.0.0.1", "/api/articles")
        .bearerTokenAuthentication(TestApp.TOKEN).sendJsonObject(article).mapEmpty();
  }

  @AfterAll
  static void stop(Vertx vertx, VertxTestContext ctx) {
    if (browser != null) {
      browser.close();
    }
    app.stop(vertx).onComplete(ctx.succeedingThenComplete());
  }

  /** Each test starts at 1280 px, light, with no conversation kept from an earlier one. */
  @BeforeEach
  void fresh() {
    browser.viewport(1280, 900);
    browser.dark(false);
    browser.get(url("/static/css/verbatim.css"));
    browser.js("sessionStorage.clear()");
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  /** Opens the chat page and waits for its socket. */
  private static void openChat() {
    browser.get(url("/"));
    browser.await("#ask-form[data-ready='true']");
  }

  /** Asks through the question box; returns the new exchange once it is answered (or has failed). */
  static WebElement ask(String question) {
    int before = browser.findAll("#conversation .exchange").size();
    WebElement input = browser.find("#question");
    input.sendKeys(question);
    browser.find("#ask-form button[type=submit]").click();
    browser.wait(d -> browser.findAll("#conversation .exchange").size() > before
        && !"waiting".equals(browser.findAll("#conversation .exchange").get(before).getDomAttribute("data-state")));
    return browser.findAll("#conversation .exchange").get(before);
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }

  /** Whether the element lies wholly inside the viewport and above the fixed question box. */
  private static boolean inView(WebElement element) {
    return (Boolean) browser.js("const r = arguments[0].getBoundingClientRect();"
        + "const bar = document.getElementById('ask-form').getBoundingClientRect();"
        + "return r.top >= 0 && r.bottom <= Math.min(window.innerHeight, bar.top) && r.height > 0;", element);
  }

  @Test
  @DisplayName("'Who did Blinken meet?' shows three cited quotes, the answering span marked apart from the question's words")
  void missionQuestion() {
    openChat();
    WebElement exchange = ask("Who did Blinken meet?");

    List<WebElement> quotes = exchange.findElements(By.cssSelector(".quote"));
    assertThat(quotes).hasSizeGreaterThanOrEqualTo(3);
    assertThat(texts(quotes.subList(0, 3)))
        .anySatisfy(t -> assertThat(t).contains("Wang Yi"))
        .anySatisfy(t -> assertThat(t).contains("Blinken met with top Chinese officials"))
        .anySatisfy(t -> assertThat(t).contains("talks with Qin"));
    assertThat(exchange.findElement(By.cssSelector("h2.question")).getText()).isEqualTo("Who did Blinken meet?");
    assertThat(quotes.get(0).getDomAttribute("class")).contains("quote-best");
    assertThat(quotes.get(0).findElements(By.cssSelector("mark.match"))).isNotEmpty();
    assertThat(texts(exchange.findElements(By.cssSelector("mark.focus")))).contains("Wang Yi");
    // one article: every quote is [1], one source listed, and the status says so
    assertThat(texts(exchange.findElements(By.cssSelector(".quote .cite")))).allMatch(t -> t.startsWith("[1]"));
    assertThat(exchange.findElements(By.cssSelector(".sources li"))).hasSize(1);
    assertThat(browser.find("#announcer").getAttribute("textContent")).matches("\\d+ quotes from 1 article");
    // the source line is short: the outlet and the paragraph, not the 110-character headline
    assertThat(quotes.get(0).findElement(By.cssSelector(".source-meta")).getText())
        .startsWith("Verbatim sample corpus · ¶ ").doesNotContain("Secretary of State");
  }

  @Test
  @DisplayName("a citation opens its article on the highlighted sentence with the title in view, and leads back to the answer")
  void citationAndBack() {
    openChat();
    WebElement exchange = ask("Who did Blinken meet?");
    WebElement wang = exchange.findElements(By.cssSelector(".quote")).stream()
        .filter(q -> q.getText().contains("Wang Yi")).findFirst().orElseThrow();
    WebElement cite = wang.findElement(By.cssSelector("a.cite"));
    String href = cite.getAttribute("href");
    assertThat(href).matches("http://127\\.0\\.0\\.1:\\d+/articles/[0-9a-f]+#s\\d+");
    click(cite);

    WebElement sentence = browser.await(".sentence.is-target");
    assertThat(href).endsWith("#" + sentence.getDomAttribute("id"));
    assertThat(sentence.getText()).contains("Wang Yi");
    WebElement title = browser.find("#article-title");
    assertThat(inViewport(title)).as("the title is in view").isTrue();
    assertThat(inViewport(sentence)).as("the sentence is in view").isTrue();
    assertThat((Boolean) browser.js("return arguments[0].getBoundingClientRect().top"
        + " >= document.getElementById('site-header').getBoundingClientRect().bottom", sentence))
        .as("the sentence is not under the header").isTrue();
    // paragraphs as published, each sentence a span; the headline is the title, not also the first paragraph
    assertThat(browser.findAll(".article-body p").size()).isBetween(10, 16);
    assertThat(browser.find(".article-body p").getText()).doesNotContain("is set to conclude his exceptional trip");
    browser.screenshot("article-cited-1280-light");

    WebElement back = browser.find("#back-link");
    assertThat(back.getText()).isEqualTo("Back to your answer");
    back.click();
    WebElement again = browser.await("#conversation .exchange[data-state='answered']");
    assertThat(again.findElement(By.cssSelector("h2")).getText()).isEqualTo("Who did Blinken meet?");
    browser.wait(d -> inView(again.findElement(By.cssSelector(".quote"))));
  }

  @Test
  @DisplayName("citations are numbered per source article: two quotes from one article share a number")
  void citationsNumberedPerSource() {
    openChat();
    // both articles quote the harbour master on the lamp, one of them twice
    WebElement exchange = ask("What did the harbour master say about the lighthouse lamp?");

    Map<String, String> numberOfArticle = new LinkedHashMap<>();
    List<String> numbers = new ArrayList<>();
    for (WebElement cite : exchange.findElements(By.cssSelector(".quote a.cite"))) {
      String href = cite.getAttribute("href");
      String article = href.substring(href.indexOf("/articles/"), href.indexOf('#'));
      String n = cite.getText().substring(0, cite.getText().indexOf(']') + 1);
      numberOfArticle.putIfAbsent(article, "[" + (numberOfArticle.size() + 1) + "]");
      assertThat(n).as("number of %s", article).isEqualTo(numberOfArticle.get(article));
      numbers.add(n);
    }
    assertThat(numberOfArticle).hasSizeGreaterThanOrEqualTo(2);
    assertThat(numbers).hasSizeGreaterThan(numberOfArticle.size());
    assertThat(exchange.findElements(By.cssSelector(".sources li"))).hasSize(numberOfArticle.size());
    assertThat(exchange.findElement(By.cssSelector(".summary")).getText())
        .isEqualTo(numbers.size() + " quotes from " + numberOfArticle.size() + " articles");
    // dates for people, and the card with the original link on demand
    assertThat(exchange.getText()).contains("26 November 2026").doesNotContain("2026-11-26T10:00:00Z");
    WebElement card = exchange.findElement(By.cssSelector(".quote details.card"));
    click(card.findElement(By.tagName("summary")));
    assertThat(card.findElements(By.cssSelector("a[href^='https://']"))).isNotEmpty();
  }

  @Test
  @DisplayName("five questions in a row: each answer is in view, clear of the question box, when it arrives")
  void fiveQuestionsInARow() {
    openChat();
    List<String> questions = List.of("Who did Blinken meet?", "What is the most important issue for China?",
        "How long was the meeting?", "Who will travel to China after Blinken?", "What happened at the Dunmore harbour?");
    for (String question : questions) {
      WebElement exchange = ask(question);
      assertThat(exchange.getDomAttribute("data-state")).isEqualTo("answered");
      WebElement first = exchange.findElements(By.cssSelector(".quote, .nothing")).get(0);
      browser.wait(d -> inView(first));
    }
    assertThat(browser.findAll("#conversation h2.question")).hasSize(5);
    assertThat(browser.find("#connection").getText()).isEqualTo("Connected");
    // the connection state sits in the question box, which is always in view
    assertThat((Boolean) browser.js("const r = document.getElementById('connection').getBoundingClientRect();"
        + "return r.top >= 0 && r.bottom <= window.innerHeight")).isTrue();
  }

  /** Clicks an element after scrolling it to the middle of the viewport, clear of the fixed question box. */
  private static void click(WebElement element) {
    browser.js("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  private static boolean inViewport(WebElement element) {
    return (Boolean) browser.js("const r = arguments[0].getBoundingClientRect();"
        + "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;", element);
  }

  @Test
  @DisplayName("/?q= asks on load, and every question carries its own shareable link")
  void permalinks() {
    browser.get(url("/?q=Who+did+Blinken+meet%3F"));
    // the live exchange, not the server's rendering (#x-server) that the script replaces
    WebElement exchange = browser.await("#conversation .exchange[data-state='answered']:not(#x-server)");

    assertThat(exchange.findElements(By.cssSelector(".quote"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(exchange.findElement(By.cssSelector("a.share")).getAttribute("href"))
        .isEqualTo(url("/?q=Who+did+Blinken+meet%3F"));
    // the conversation is kept for the tab: a reload shows it again without asking twice
    browser.get(url("/?q=Who+did+Blinken+meet%3F"));
    browser.await("#conversation .exchange[data-state='answered']:not(#x-server)");
    assertThat(browser.findAll("#conversation .exchange")).hasSize(1);
  }

  @Test
  @DisplayName("a question nothing answers says so and offers questions the articles do answer")
  void nothingFound() {
    openChat();
    assertThat(browser.findAll("#examples a.example")).isNotEmpty();
    WebElement exchange = ask("What is the capital of France?");

    assertThat(exchange.findElement(By.cssSelector(".nothing")).getText()).isNotBlank();
    WebElement example = browser.wait(d -> exchange.findElements(By.cssSelector("a.example")).stream()
        .findFirst().orElse(null));
    assertThat(browser.find("#announcer").getAttribute("textContent")).isEqualTo("No sentence in the articles answers that.");
    click(example);
    browser.wait(d -> browser.findAll("#conversation .exchange[data-state='answered'] .quote").size() > 0);
  }

  @Test
  @DisplayName("thumbs up on an answer is counted in /api/stats")
  void feedbackIsCounted(Vertx vertx) {
    openChat();
    WebElement exchange = ask("Who did Blinken meet?");
    click(exchange.findElement(By.cssSelector("button.vote[data-vote='up']")));
    browser.wait(d -> exchange.findElement(By.cssSelector(".feedback .tool-done")).getText().startsWith("Thanks"));

    JsonObject stats = WebClient.create(vertx).get(app.port(), "127.0.0.1", "/api/stats").send().await()
        .bodyAsJsonObject();
    assertThat(stats.getJsonObject("feedback").getLong("up")).isGreaterThanOrEqualTo(1);
    assertThat(exchange.findElement(By.cssSelector("button.vote[data-vote='up']")).getDomAttribute("aria-pressed"))
        .isEqualTo("true");
  }

  @Test
  @DisplayName("at 320 px the pages reflow: no horizontal scrolling, and the Ask button is whole and in view")
  void reflowsAt320() {
    browser.viewport(320, 640);
    openChat();
    ask("Who did Blinken meet?");
    assertNoHorizontalScroll();
    WebElement button = browser.find("#ask-form button[type=submit]");
    assertThat((Boolean) browser.js("const r = arguments[0].getBoundingClientRect();"
        + "return r.left >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight && r.width >= 24", button))
        .isTrue();

    click(browser.find("#conversation .quote a.cite"));
    browser.await(".sentence.is-target");
    assertNoHorizontalScroll();
  }

  private static void assertNoHorizontalScroll() {
    assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
  }

  @Test
  @DisplayName("dark mode follows the reader's system setting")
  void darkMode() {
    browser.dark(true);
    openChat();
    ask("Who did Blinken meet?");
    assertThat(luminance("getComputedStyle(document.body).backgroundColor")).isLessThan(0.1);
    assertThat(luminance("getComputedStyle(document.body).color")).isGreaterThan(0.7);
    assertThat(luminance("getComputedStyle(document.getElementById('ask-form')).backgroundColor")).isLessThan(0.1);
  }

  /** The relative luminance of a CSS rgb() colour the script returns. */
  private static double luminance(String expression) {
    String rgb = (String) browser.js("return " + expression);
    String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Double.parseDouble(parts[i]) / 255;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  @Test
  @DisplayName("article text that looks like HTML is shown as text and never runs, in the answer and on its page")
  void articleTextIsNotRun(Vertx vertx) {
    post(vertx, new JsonObject().put("title", "Lighthouse <b>news</b> <script>window.pwned=2</script>")
        .put("text", "The lighthouse keeper wrote <img src=x onerror=\"window.pwned=1\"> in the logbook on Friday.\n\n"
            + "He added <script>window.pwned=3</script> to the ship's log on Saturday.")).await();
    openChat();
    WebElement exchange = ask("What did the lighthouse keeper write in the logbook?");

    assertThat(exchange.findElement(By.cssSelector(".quote")).getText())
        .contains("<img src=x onerror=\"window.pwned=1\">");
    assertThat(browser.findAll("#conversation img, #conversation script, #conversation b")).isEmpty();
    assertThat(browser.js("return window.pwned === undefined")).isEqualTo(true);

    click(exchange.findElement(By.cssSelector(".quote a.cite")));
    browser.await(".sentence.is-target");
    assertThat(browser.find("#article-title").getText()).contains("<script>");
    assertThat(browser.findAll("main img, main script, main b")).isEmpty();
    assertThat(browser.js("return window.pwned === undefined")).isEqualTo(true);
  }

  @Test
  @DisplayName("keyboard only: the skip link reaches the question box, Enter asks, and focus stays there for the next question")
  void keyboardOnly() {
    openChat();
    browser.find("body").sendKeys(Keys.TAB);
    assertThat(browser.js("return document.activeElement.className")).isEqualTo("skip-link");
    browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(browser.js("return document.activeElement.id")).isEqualTo("question");
    browser.driver().switchTo().activeElement().sendKeys("Who did Blinken meet?", Keys.ENTER);
    browser.await("#conversation .exchange[data-state='answered'] .quote");

    assertThat(browser.js("return document.activeElement.id")).isEqualTo("question");
    assertThat(browser.find("#question").getDomProperty("value")).isEmpty();
  }

  @Test
  @DisplayName("a quote is copied with its citation")
  void copyQuote() {
    browser.cdp("Browser.grantPermissions", Map.of("origin", url(""),
        "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    openChat();
    WebElement exchange = ask("Who did Blinken meet?");
    click(exchange.findElement(By.cssSelector(".quote button.copy")));
    browser.wait(d -> !exchange.findElements(By.cssSelector(".quote .tool-done")).isEmpty());

    assertThat(exchange.findElement(By.cssSelector(".quote .tool-done")).getText()).isEqualTo("Copied with its citation");
    String copied = (String) browser.js("return navigator.clipboard.readText()");
    assertThat(copied).startsWith("\u201C" + exchange.findElement(By.cssSelector(".quote .quote-text")).getText()
        .replaceAll("^\u201C|\u201D$", "") + "\u201D \u2014 The United States Secretary of State")
        .matches("(?s).*Verbatim sample corpus\\. http://127\\.0\\.0\\.1:\\d+/articles/[0-9a-f]+#s\\d+");
  }

  @Test
  @DisplayName("an article page's question box asks about that article only")
  void askAboutThisArticle() {
    openChat();
    WebElement exchange = ask("What did the harbour master say about the lighthouse lamp?");
    String href = exchange.findElement(By.cssSelector(".quote a.cite")).getAttribute("href");
    String article = href.substring(href.indexOf("/articles/"), href.indexOf('#'));
    browser.get(url(article));
    browser.find("#article-question").sendKeys("Who repaired the lighthouse lamp?");
    browser.find("#article-ask-form button[type=submit]").click();
    WebElement answer = browser.await("#conversation .exchange[data-state='answered']");

    assertThat(answer.findElements(By.cssSelector(".quote a.cite")))
        .isNotEmpty().allSatisfy(cite -> assertThat(cite.getAttribute("href")).contains(article + "#s"));
  }
}
