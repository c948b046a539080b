package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.Browser;
import com.verbatim.support.FixtureSite;
import com.verbatim.support.LiveServer;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * The embed as a news site uses it: a publisher's article page (src/test/resources/publisher/) with its own heavy
 * CSS and a strict CSP, served from another origin (another port) than Verbatim, with the one script tag (twice).
 */
@DisplayName("The embedded widget on a publisher's page")
@Timeout(600)
class WidgetBrowserIT {

  private static final String NONCE = "n0nce4verbatimW1dget";
  private static final String QUESTION = "Who repaired the lighthouse lamp?";

  @TempDir
  static Path data;
  @TempDir
  static Path profile;
  @TempDir
  static Path spareData;
  private static Vertx vertx;
  private static LiveServer server;
  private static FixtureSite publisher;
  private static FixtureSite stranger;
  private static Browser browser;
  private static String harbourId;
  private static String stormId;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    vertx = Vertx.vertx();
    publisher = FixtureSite.start(vertx, WidgetBrowserIT::routes);
    stranger = FixtureSite.start(vertx, WidgetBrowserIT::routes);
    JsonObject config = LiveServer.config(data);
    config.getJsonObject("http").put("allowedOrigins", publisher.url(""));
    server = LiveServer.start(vertx, config);
    harbourId = server.post("/api/articles", new JsonObject().put("title", "Harbour reopens after storm")
        .put("text", "The harbour in Dunmore reopened on Tuesday after the storm.\n\n"
            + "Harbour master Aoife Byrne said the lighthouse lamp was repaired on Monday.")
        .put("source", "Coast Courier").put("url", "https://news.example.com/harbour"))
        .bodyAsJsonObject().getString("id");
    stormId = server.post("/api/articles", new JsonObject().put("title", "Storm damage counted")
        .put("text", "Insurers counted the storm damage on the coast.\n\n"
            + "The Dunmore lighthouse lamp was repaired by engineers from Cork, the harbour master said.")
        .put("source", "Western Wire").put("url", "https://wire.example.com/storm"))
        .bodyAsJsonObject().getString("id");
    browser = Browser.start(profile, true);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.stop();
      publisher.close();
      stranger.close();
      vertx.close().await();
    }
  }

  @BeforeEach
  void desktop() {
    browser.viewport(1280, 900);
    browser.dark(false);
  }

  /**
   * The publisher's pages, under a strict CSP that admits Verbatim's script, socket and API (the readers' votes)
   * and nothing inline.
   */
  private static void routes(FixtureSite site) {
    site.router.route().handler(ctx -> {
      String verbatim = "127.0.0.1:" + server.port();
      ctx.response().putHeader("Content-Security-Policy", "default-src 'none'; script-src 'self' http://" + verbatim
          + "; style-src 'self'; connect-src ws://" + verbatim + " http://" + verbatim + "; img-src 'self'; base-uri 'none'; object-src 'none'");
      ctx.next();
    });
    site.router.get("/story").handler(ctx -> FixtureSite.html(ctx, resource("story.html")
        .replace("${server}", "http://127.0.0.1:" + server.port())
        .replace("<!--HOSTILE-->", ctx.request().getParam("hostile") == null ? ""
            : "<link rel=\"stylesheet\" href=\"/hostile.css\">")));
    // the policy, 'self' + Verbatim + a nonce; ?only=1: the nonce alone, no host, no 'strict-dynamic';
    // &bare=1: the page's own watcher has the nonce, Verbatim's tags not
    site.router.get("/story-nonce").handler(ctx -> {
      String scripts = ctx.request().getParam("only") != null ? "'nonce-" + NONCE + "'"
          : "'self' http://127.0.0.1:" + server.port() + " 'nonce-" + NONCE + "'";
      ctx.response().putHeader("Content-Security-Policy", "default-src 'none'; script-src " + scripts
          + "; style-src 'self'; connect-src ws://127.0.0.1:" + server.port() + "; base-uri 'none'; object-src 'none'");
      String page = resource("story.html").replace("${server}", "http://127.0.0.1:" + server.port())
          .replace("<!--HOSTILE-->", "");
      String nonced = "<script nonce=\"" + NONCE + "\" ";
      FixtureSite.html(ctx, ctx.request().getParam("bare") == null ? page.replace("<script ", nonced)
          : page.replace("<script src=\"/watch.js\"", nonced + "src=\"/watch.js\""));
    });
    // the widget from a second Verbatim server, which the test stops
    site.router.get("/story-spare").handler(ctx -> {
      String spare = "127.0.0.1:" + ctx.request().getParam("port");
      ctx.response().putHeader("Content-Security-Policy", "default-src 'none'; script-src 'self' http://" + spare
          + "; style-src 'self'; connect-src ws://" + spare + "; base-uri 'none'; object-src 'none'");
      FixtureSite.html(ctx, resource("story.html").replace("${server}", "http://" + spare).replace("<!--HOSTILE-->", ""));
    });
    site.router.get("/story-inline").handler(ctx -> FixtureSite.html(ctx, resource("story.html")
        .replace("${server}", "http://127.0.0.1:" + server.port()).replace("<!--HOSTILE-->", "")
        .replace("</article>", "</article><verbatim-chat position=\"inline\" scope=\"site\"></verbatim-chat>")));
    // a fresh path (a sessionStorage key of its own); ?persistence=none on both tags
    site.router.get("/fresh/:name").handler(ctx -> FixtureSite.html(ctx, resource("story.html")
        .replace("${server}", "http://127.0.0.1:" + server.port()).replace("<!--HOSTILE-->", "")
        .replace("widget.js\" async", ctx.request().getParam("persistence") == null ? "widget.js\" async"
            : "widget.js\" data-persistence=\"" + ctx.request().getParam("persistence") + "\" async")));
    site.router.get("/site.css").handler(ctx -> send(ctx, "site.css", "text/css"));
    site.router.get("/hostile.css").handler(ctx -> send(ctx, "hostile.css", "text/css"));
    site.router.get("/watch.js").handler(ctx -> send(ctx, "watch.js", "text/javascript"));
  }

  private static void send(RoutingContext ctx, String name, String type) {
    ctx.response().putHeader("Content-Type", type + "; charset=utf-8").end(resource(name));
  }

  private static String resource(String name) {
    try (InputStream in = WidgetBrowserIT.class.getResourceAsStream("/publisher/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a publisher page and waits until the widget has rendered its launcher. */
  private static SearchContext load(String url) {
    browser.get(url);
    browser.wait(d -> Boolean.TRUE.equals(browser.js("const h = document.querySelector('verbatim-chat');"
        + " return !!(h && h.shadowRoot && h.shadowRoot.querySelector('.launcher'));")));
    return browser.find("verbatim-chat").getShadowRoot();
  }

  private static Object inWidget(String script) {
    return browser.js("const r = document.querySelector('verbatim-chat').shadowRoot; " + script);
  }

  private static void awaitAnswers(int n) {
    browser.wait(d -> ((Number) inWidget("return r.querySelectorAll('.exchange[data-state=answered]').length;"))
        .intValue() >= n);
  }

  /** Opens the panel (which shows the conversation kept for the tab) and counts its exchanges. */
  private static int shownAfterOpening() {
    browser.js("return Verbatim.open();");
    return ((Number) inWidget("return r.querySelectorAll('.exchange').length;")).intValue();
  }

  @SuppressWarnings("unchecked")
  private static List<String> citeLinks() {
    return (List<String>) inWidget("const all = r.querySelectorAll('.exchange');"
        + " return [...all[all.length - 1].querySelectorAll('a.cite')].map(a => a.href);");
  }

  @Test
  @DisplayName("one tag (given twice) adds one launcher; asked through it, the page's own article (by its canonical "
      + "link) is quoted alone, events fire, no CSP violation, and axe-core finds nothing inside the widget")
  void oneTagAsksAboutThePage() {
    SearchContext widget = load(publisher.url("/story"));
    assertThat(browser.findAll("verbatim-chat")).hasSize(1);
    widget.findElement(By.cssSelector(".launcher")).click();
    assertThat(inWidget("return r.activeElement && r.activeElement.id;")).isEqualTo("verbatim-question");
    widget.findElement(By.cssSelector("#verbatim-question")).sendKeys(QUESTION + Keys.ENTER);
    awaitAnswers(1);

    assertThat(citeLinks()).isNotEmpty().allSatisfy(href ->
        assertThat(href).startsWith("http://127.0.0.1:" + server.port() + "/articles/" + harbourId + "#s"));
    assertThat(inWidget("return r.querySelector('.quote-text').textContent;")).asString().contains("lighthouse lamp");
    assertThat((List<Object>) browser.js("return window.widgetEvents;")).contains("verbatim:open", "verbatim:answer");
    browser.screenshot("widget-answered-1280-light");
    assertThat((List<Object>) browser.js("return window.cspViolations;")).isEmpty();

    Browser.assumeAxe();
    assertThat(axeInWidget()).isEmpty();
    browser.dark(true);
    assertThat(axeInWidget()).isEmpty();
    // axe does look inside the shadow root: an unlabelled field there is found
    inWidget("r.querySelector('.panel').append(document.createElement('input'));");
    assertThat(axeInWidget()).anySatisfy(v -> assertThat(v).startsWith("label:"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> axeInWidget() {
    try {
      browser.js(Files.readString(Path.of(System.getProperty("verbatim.axe",
          ".ci/browser/node_modules/axe-core/axe.min.js")), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run({include: [['verbatim-chat']]}, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa',"
            + " 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}, resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' ('"
            + " + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ') + ')')))"
            + ".catch(e => done(['axe failed: ' + e]));");
  }

  @Test
  @DisplayName("the conversation is kept for the tab (sessionStorage of the page, no cookie) and shown again on reload")
  void keptForTheTab() {
    load(publisher.url("/story"));
    browser.js("Verbatim.ask(arguments[0]);", "Who repaired the lamp?");
    awaitAnswers(1);
    int shown = ((Number) inWidget("return r.querySelectorAll('.exchange').length;")).intValue();
    load(publisher.url("/story"));
    browser.js("return Verbatim.open();");
    awaitAnswers(shown);
    assertThat(browser.js("return document.cookie;")).isEqualTo("");
  }

  @Test
  @DisplayName("under the issue's nonce CSP, and under a nonce alone (no host, no 'strict-dynamic'), the tag's nonce "
      + "carries to the modules it imports: it answers, no violation")
  void nonce() {
    for (String page : List.of("/story-nonce", "/story-nonce?only=1")) {
      SearchContext widget = load(publisher.url(page));
      int before = shownAfterOpening();
      widget.findElement(By.cssSelector("#verbatim-question")).sendKeys(QUESTION + Keys.ENTER);
      awaitAnswers(before + 1);
      assertThat(citeLinks()).as(page).isNotEmpty().allSatisfy(href -> assertThat(href).contains("/articles/" + harbourId));
      assertThat((List<Object>) browser.js("return window.cspViolations;")).as(page).isEmpty();
    }
  }

  @Test
  @DisplayName("a nonce policy without the tag's nonce blocks the widget, and the page's watcher sees it (the test above can fail)")
  void nonceIsNeeded() {
    browser.get(publisher.url("/story-nonce?only=1&bare=1"));
    browser.wait(d -> !((List<?>) browser.js("return window.cspViolations;")).isEmpty());
    assertThat(browser.js("return !!window.Verbatim;")).isEqualTo(false);
  }

  @Test
  @DisplayName("a site's own inline <verbatim-chat> is the one widget: open in the page's flow, no launcher, its own "
      + "attributes: scope=\"site\" answers from every article")
  void inlineElement() {
    load(publisher.url("/story-inline"));
    assertThat(browser.findAll("verbatim-chat")).hasSize(1);
    assertThat(browser.js("return document.querySelector('verbatim-chat').parentElement.tagName;")).isEqualTo("MAIN");
    browser.wait(d -> Boolean.FALSE.equals(inWidget("return r.querySelector('.panel').hidden;")));
    assertThat(inWidget("return getComputedStyle(r.querySelector('.panel')).position;")).isEqualTo("static");
    assertThat(inWidget("return getComputedStyle(r.querySelector('.launcher')).display;")).isEqualTo("none");
    assertThat(inWidget("return r.querySelector('.panel-title').textContent;")).isEqualTo("Ask the news");
    browser.screenshot("widget-inline-1280-light");
    int before = ((Number) inWidget("return r.querySelectorAll('.exchange').length;")).intValue();
    browser.find("verbatim-chat").getShadowRoot().findElement(By.cssSelector("#verbatim-question"))
        .sendKeys(QUESTION + Keys.ENTER);
    awaitAnswers(before + 1);
    // scope="site": the other article is quoted as well as the page's own
    assertThat(citeLinks()).anySatisfy(href -> assertThat(href).contains("/articles/" + harbourId))
        .anySatisfy(href -> assertThat(href).contains("/articles/" + stormId));
  }

  @Test
  @DisplayName("the JS API: setScope site answers from the whole corpus; ask, close and destroy work")
  void javascriptApiAndSiteScope() {
    load(publisher.url("/story"));
    int before = shownAfterOpening();
    browser.js("Verbatim.setScope({scope: 'site'}); Verbatim.ask(arguments[0]);", QUESTION);
    awaitAnswers(before + 1);
    assertThat(citeLinks()).anySatisfy(href -> assertThat(href).contains("/articles/" + harbourId))
        .anySatisfy(href -> assertThat(href).contains("/articles/" + stormId));
    assertThat(inWidget("return r.querySelector('.launcher').textContent;")).isEqualTo("Ask the news");

    browser.js("Verbatim.close();");
    browser.wait(d -> Boolean.TRUE.equals(inWidget("return r.querySelector('.panel').hidden;")));
    assertThat(inWidget("return r.querySelector('.launcher').getAttribute('aria-expanded');")).isEqualTo("false");
    browser.js("Verbatim.destroy();");
    browser.wait(d -> browser.findAll("verbatim-chat").isEmpty());
    assertThat((List<Object>) browser.js("return window.cspViolations;")).isEmpty();
  }

  @Test
  @DisplayName("persistence: nothing is stored before the first question, then only the tab's sessionStorage; "
      + "persistence=none stores nothing; never a cookie")
  void persistence() {
    String key = "verbatim.widget:/fresh/session";
    load(publisher.url("/fresh/session"));
    browser.js("return Verbatim.open();");
    assertThat(browser.js("return sessionStorage.getItem(arguments[0]);", key)).isNull();
    browser.js("Verbatim.ask(arguments[0]);", QUESTION);
    awaitAnswers(1);
    assertThat(browser.js("return sessionStorage.getItem(arguments[0]);", key)).asString().contains(QUESTION);

    load(publisher.url("/fresh/none?persistence=none"));
    browser.js("Verbatim.ask(arguments[0]);", QUESTION);
    awaitAnswers(1);
    assertThat((List<Object>) browser.js("return Object.keys(sessionStorage).filter(k => k.includes('/fresh/none'));"))
        .isEmpty();
    assertThat(browser.js("return localStorage.length + ' ' + document.cookie;")).isEqualTo("0 ");
  }

  @Test
  @DisplayName("a vote in the widget, on a page of an allowed origin, reaches the server (a preflighted POST) and its "
      + "button shows it was taken; where the page's CSP blocks the API, the widget says the vote was not sent")
  void feedbackVote() {
    SearchContext widget = load(publisher.url("/fresh/vote?persistence=none"));
    browser.js("Verbatim.ask(arguments[0]);", QUESTION);
    awaitAnswers(1);
    int before = upVotes();
    widget.findElement(By.cssSelector(".feedback [data-vote=up]")).click();
    browser.wait(d -> upVotes() > before);
    browser.wait(d -> "Thanks for the feedback".equals(inWidget("return r.querySelector('.feedback .tool-done').textContent;")));
    assertThat(inWidget("return [...r.querySelectorAll('.feedback .vote')].map(b => b.getAttribute('aria-pressed')).join();"))
        .isEqualTo("true,false");
    assertThat((List<Object>) browser.js("return window.cspViolations;")).isEmpty();

    // connect-src without Verbatim's http(s) origin: the answer comes over the socket, the vote cannot be sent
    widget = load(publisher.url("/story-nonce"));
    int shown = shownAfterOpening();
    browser.js("Verbatim.ask(arguments[0]);", QUESTION);
    awaitAnswers(shown + 1);
    List<WebElement> up = widget.findElements(By.cssSelector(".exchange:last-child .feedback [data-vote=up]"));
    assertThat(up).hasSize(1);
    up.get(0).click();
    browser.wait(d -> String.valueOf(inWidget("return r.querySelector('.exchange:last-child .feedback .tool-done')"
        + ".textContent;")).startsWith("Could not send the feedback"));
    assertThat(inWidget("return r.querySelector('.exchange:last-child .feedback [aria-pressed=true]');")).isNull();
    assertThat(upVotes()).isEqualTo(before + 1);
  }

  private static int upVotes() {
    return server.get("/api/stats").bodyAsJsonObject().getJsonObject("feedback").getInteger("up");
  }

  @Test
  @DisplayName("a site not on the allow-list is refused at the handshake, and the widget says so politely and stops trying")
  void refusedOrigin() {
    SearchContext widget = load(stranger.url("/story"));
    widget.findElement(By.cssSelector(".launcher")).click();
    browser.wait(d -> Boolean.FALSE.equals(inWidget("return r.querySelector('.notice').hidden;")));
    assertThat(inWidget("return r.querySelector('.notice').textContent;"))
        .isEqualTo("Sorry, this site is not set up to use Verbatim.");
    assertThat(inWidget("return r.querySelector('.notice').getAttribute('role');")).isEqualTo("alert");
    assertThat(inWidget("return r.querySelector('.connection').hidden;")).isEqualTo(true);
    assertThat((List<Object>) browser.js("return window.cspViolations;")).isEmpty();
  }

  @Test
  @DisplayName("a Verbatim server that went down after the page loaded is told apart: the widget says it is retrying")
  void serverDown() {
    JsonObject config = LiveServer.config(spareData);
    config.getJsonObject("http").put("allowedOrigins", publisher.url(""));
    config.getJsonObject("ranking").put("semantic", false);
    // a Vert.x of its own: servers of one Vert.x listening on port 0 share one port
    Vertx other = Vertx.vertx();
    LiveServer spare = LiveServer.start(other, config);
    assertThat(spare.port()).isNotEqualTo(server.port());
    SearchContext widget = load(publisher.url("/story-spare?port=" + spare.port()));
    spare.stop();
    other.close().await();
    widget.findElement(By.cssSelector(".launcher")).click();
    browser.wait(d -> Boolean.FALSE.equals(inWidget("return r.querySelector('.notice').hidden;")));
    assertThat(inWidget("return r.querySelector('.notice').textContent;"))
        .isEqualTo("Can't reach Verbatim right now; retrying.");
    browser.wait(d -> String.valueOf(inWidget("return r.querySelector('.connection').textContent;"))
        .startsWith("Connection lost; trying again"));
    assertThat(inWidget("return r.querySelector('.connection').hidden;")).isEqualTo(false);
  }

  @Test
  @DisplayName("a page that swaps its DOM, removing the widget, and runs the tag again gets one widget back, "
      + "which answers; the API alone brings it back too")
  void domSwap() {
    load(publisher.url("/story"));
    browser.js("document.body.innerHTML = '<main><h1>Another story</h1></main>';");
    assertThat(browser.findAll("verbatim-chat")).isEmpty();
    browser.js("for (let i = 0; i < 2; i++) { const s = document.createElement('script');"
        + " s.src = arguments[0]; document.head.appendChild(s); }", "http://127.0.0.1:" + server.port() + "/widget.js");
    browser.wait(d -> Boolean.TRUE.equals(browser.js("const h = document.querySelector('verbatim-chat');"
        + " return !!(h && h.shadowRoot && h.shadowRoot.querySelector('.launcher'));")));
    int before = shownAfterOpening();
    browser.js("Verbatim.ask(arguments[0]);", QUESTION);
    awaitAnswers(before + 1);
    assertThat(browser.findAll("verbatim-chat")).hasSize(1);

    browser.js("document.body.innerHTML = '<main><h1>A third story</h1></main>';");
    browser.js("Verbatim.open();");
    browser.wait(d -> Boolean.TRUE.equals(browser.js("const h = document.querySelector('verbatim-chat');"
        + " return !!(h && h.shadowRoot && h.shadowRoot.querySelector('.panel') && !h.shadowRoot.querySelector('.panel').hidden);")));
    assertThat(browser.findAll("verbatim-chat")).hasSize(1);
    assertThat((List<Object>) browser.js("return window.cspViolations;")).isEmpty();
  }

  @Test
  @DisplayName("the host page's hostile CSS leaves the open widget's pixels unchanged")
  void hostileCssChangesNothing() throws IOException {
    BufferedImage plain = openPanelShot(publisher.url("/story"));
    BufferedImage hostile = openPanelShot(publisher.url("/story?hostile=1"));
    // a caret blinking in the question box is all that may differ; the same compare tells dark from light
    long tolerance = (long) plain.getWidth() * plain.getHeight() / 200;
    assertThat(differing(plain, hostile)).isLessThanOrEqualTo(tolerance);
    browser.dark(true);
    assertThat(differing(plain, openPanelShot(publisher.url("/story?hostile=1")))).isGreaterThan(tolerance);
  }

  /** Pixels that differ, or all of them when the sizes do. */
  private static long differing(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return (long) a.getWidth() * a.getHeight();
    }
    long differing = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        differing += a.getRGB(x, y) == b.getRGB(x, y) ? 0 : 1;
      }
    }
    return differing;
  }

  private static BufferedImage openPanelShot(String url) throws IOException {
    load(url);
    browser.js("return Verbatim.open();");
    browser.wait(d -> Boolean.FALSE.equals(inWidget("return r.querySelector('.panel').hidden;")));
    inWidget("r.activeElement && r.activeElement.blur();");
    @SuppressWarnings("unchecked")
    Map<String, Number> box = (Map<String, Number>) inWidget("const b = r.querySelector('.panel')"
        + ".getBoundingClientRect(); return {x: b.x, y: b.y, w: b.width, h: b.height};");
    BufferedImage page = ImageIO.read(new ByteArrayInputStream(browser.driver() instanceof org.openqa.selenium.TakesScreenshot t
        ? t.getScreenshotAs(OutputType.BYTES) : new byte[0]));
    return page.getSubimage(box.get("x").intValue(), box.get("y").intValue(), box.get("w").intValue(),
        box.get("h").intValue());
  }

  @Test
  @DisplayName("at phone width the widget opens as a full-screen sheet")
  void phoneSheet() {
    browser.viewport(390, 844);
    load(publisher.url("/story")).findElement(By.cssSelector(".launcher")).click();
    @SuppressWarnings("unchecked")
    Map<String, Number> box = (Map<String, Number>) inWidget("const b = r.querySelector('.panel')"
        + ".getBoundingClientRect(); return {x: b.x, y: b.y, w: b.width, h: b.height};");
    assertThat(box.get("x").intValue()).isZero();
    assertThat(box.get("y").intValue()).isZero();
    assertThat(box.get("w").intValue()).isEqualTo(390);
    assertThat(box.get("h").intValue()).isEqualTo(844);
    browser.screenshot("widget-open-390-light");
  }
}
