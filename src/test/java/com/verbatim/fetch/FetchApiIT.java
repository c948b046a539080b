package com.verbatim.fetch;

import com.verbatim.config.ConfigLoader;
import com.verbatim.support.Fixtures;
import com.verbatim.support.FixtureSite;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.LiveServer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@Timeout(300)
class FetchApiIT {

  private static final String LATIN = "<html><head><title>Caf\u00e9</title></head><body><article><p>Le caf\u00e9 "
      + "du port co\u00fbte d\u00e9sormais trois euros, a annonc\u00e9 le g\u00e9rant mardi matin.</p></article></body></html>";

  private LiveServer server;
  private FixtureSite site;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
    if (site != null) {
      site.close();
    }
  }

  private void start(Vertx vertx, Path data, JsonObject fetch) {
    site = FixtureSite.start(vertx, s -> {
      s.router.get("/news/harbour-bridge-reopens").handler(ctx -> FixtureSite.html(ctx, Fixtures.text("harbour.html")));
      s.router.get("/short").handler(ctx -> FixtureSite.redirect(ctx, "/news/harbour-bridge-reopens"));
      s.router.get("/hop/:n").handler(ctx -> {
        int n = Integer.parseInt(ctx.pathParam("n"));
        FixtureSite.redirect(ctx, n == 0 ? "/news/harbour-bridge-reopens" : "/hop/" + (n - 1));
      });
      s.router.get("/latin").handler(ctx -> ctx.response().putHeader("Content-Type", "text/html; charset=ISO-8859-1")
          .end(Buffer.buffer(LATIN.getBytes(Charset.forName("ISO-8859-1")))));
      s.router.get("/gzip").handler(ctx -> ctx.response().putHeader("Content-Type", "text/html")
          .putHeader("Content-Encoding", "gzip").end(Buffer.buffer(gzip(Fixtures.text("harbour.html")))));
      s.router.get("/big").handler(ctx -> FixtureSite.html(ctx, "<p>" + "word ".repeat(50_000) + "</p>"));
      s.router.get("/image").handler(ctx -> ctx.response().putHeader("Content-Type", "image/png").end("PNG"));
      s.router.get("/echo-host").handler(ctx -> FixtureSite.html(ctx, "<p>" + ctx.request().getHeader("Host") + "</p>"));
      s.router.get("/to-private").handler(ctx -> FixtureSite.redirect(ctx, "http://10.11.12.13/admin"));
    });
    JsonObject config = LiveServer.config(data);
    config.getJsonObject("fetch").mergeIn(fetch);
    server = LiveServer.start(vertx, config);
  }

  private HttpResponse<Buffer> fetch(String url) {
    return server.post("/api/articles/fetch", new JsonObject().put("url", url));
  }

  @Test
  @DisplayName("a fetched page is extracted and ingested under its canonical URL, with title, outlet and date")
  void fetchesAndIngests(Vertx vertx, @TempDir Path data) {
    start(vertx, data, new JsonObject());

    HttpResponse<Buffer> response = fetch(site.url("/short"));

    assertThat(response.statusCode()).isEqualTo(201);
    String id = response.bodyAsJsonObject().getString("id");
    assertThat(response.bodyAsJsonObject().getInteger("sentences")).isEqualTo(4);
    JsonObject view = server.get("/api/articles/" + id).bodyAsJsonObject();
    assertThat(view.encode()).contains("Harbour bridge reopens after eight months of repairs", "Tidewater Gazette",
        "2024-03-05T09:30Z", site.url("/news/harbour-bridge-reopens"), "14 million euros")
        .doesNotContain("Advertisement", "Share on", "Related stories", "disgrace", "photographed", "Copyright");
    assertThat(server.citedIds("How much did the bridge repairs cost?")).isNotEmpty().containsOnly(id);
    assertThat(fetch(site.url("/news/harbour-bridge-reopens")).bodyAsJsonObject().getString("status"))
        .isEqualTo("unchanged");
  }

  @Test
  @DisplayName("five redirects are followed, a sixth fails with fetch-failed")
  void redirectLimit(Vertx vertx, @TempDir Path data) {
    start(vertx, data, new JsonObject());

    assertThat(fetch(site.url("/hop/4")).statusCode()).isEqualTo(201);
    HttpResponse<Buffer> tooMany = fetch(site.url("/hop/5"));
    assertThat(tooMany.statusCode()).isEqualTo(502);
    assertThat(tooMany.bodyAsJsonObject().getString("code")).isEqualTo("fetch-failed");
  }

  @Test
  @DisplayName("a gzip-encoded page is decompressed")
  void gzip(Vertx vertx, @TempDir Path data) {
    start(vertx, data, new JsonObject());

    assertThat(fetch(site.url("/gzip")).bodyAsJsonObject().getInteger("sentences")).isEqualTo(4);
  }

  private static byte[] gzip(String text) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
      zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  @DisplayName("the charset of the Content-Type header decodes the page")
  void charsetFromHeader(Vertx vertx, @TempDir Path data) {
    start(vertx, data, new JsonObject());

    String id = fetch(site.url("/latin")).bodyAsJsonObject().getString("id");

    assertThat(server.get("/api/articles/" + id).bodyAsJsonObject().encode()).contains("co\u00fbte d\u00e9sormais");
  }

  @Test
  @DisplayName("a body over maxBytes fails, and a page that is not HTML holds no article")
  void sizeCapAndType(Vertx vertx, @TempDir Path data) {
    start(vertx, data, new JsonObject().put("maxBytes", 100_000));

    assertThat(fetch(site.url("/big")).bodyAsJsonObject().getString("code")).isEqualTo("fetch-failed");
    assertThat(fetch(site.url("/image")).bodyAsJsonObject().getString("code")).isEqualTo("no-article");
    assertThat(fetch(site.url("/news/harbour-bridge-reopens")).statusCode()).isEqualTo(201);
  }

  @Test
  @DisplayName("without allowPrivateTargets, loopback and private targets are refused before any request is sent")
  void refusesPrivateTargets(Vertx vertx, @TempDir Path data) {
    start(vertx, data, new JsonObject().put("allowPrivateTargets", false));

    for (String url : new String[] {site.url("/news/harbour-bridge-reopens"), "http://localhost:1/",
        "http://[::1]:1/", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd"}) {
      HttpResponse<Buffer> response = fetch(url);
      assertThat(response.statusCode()).as(url).isEqualTo(403);
      assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("target-refused");
    }
    assertThat(site.hits("/news/harbour-bridge-reopens")).isZero();
  }

  @Test
  @DisplayName("a redirect is checked like the first hop: a public page redirecting to a private address is refused")
  void redirectToPrivateIsRefused(Vertx vertx, @TempDir Path data) {
    start(vertx, data, new JsonObject());
    // the loopback fixture plays a public site; only 10.0.0.0/8 and the like are refused
    TargetPolicy policy = new TargetPolicy(a -> !a.isLoopbackAddress() && TargetPolicy.isNonPublic(a),
        java.net.InetAddress::getAllByName);
    PageFetcher fetcher = new PageFetcher(vertx, FetchConfig.fromJson(ConfigLoader.defaults("fetch")), policy);

    Throwable failure = fetcher.get(site.url("/to-private"), io.vertx.core.MultiMap.caseInsensitiveMultiMap())
        .map(page -> (Throwable) null).otherwise(e -> e).await();

    assertThat(failure).isInstanceOf(com.verbatim.bus.ApiException.class).hasMessageContaining("10.11.12.13");
    assertThat(site.hits("/to-private")).isEqualTo(1);
    fetcher.close();
  }

  @Test
  @DisplayName("the fetch connects to the address the check resolved and never asks DNS again (no rebinding), "
      + "sending the name as the Host")
  void connectsToCheckedAddress(Vertx vertx, @TempDir Path data) {
    start(vertx, data, new JsonObject());
    java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
    // the name exists only in this resolver (and the loopback fixture plays a public site): a second
    // lookup, by the client itself, would fail
    TargetPolicy policy = new TargetPolicy(address -> false, host -> {
      lookups.incrementAndGet();
      if (!host.equals("news.rebind.invalid")) {
        throw new java.net.UnknownHostException(host);
      }
      return new java.net.InetAddress[] {java.net.InetAddress.getLoopbackAddress()};
    });
    PageFetcher fetcher = new PageFetcher(vertx, FetchConfig.fromJson(ConfigLoader.defaults("fetch")), policy);
    String url = site.url("/echo-host").replace("127.0.0.1", "news.rebind.invalid");

    FetchedPage page = fetcher.get(url, io.vertx.core.MultiMap.caseInsensitiveMultiMap()).await();

    assertThat(page.status()).isEqualTo(200);
    assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("news.rebind.invalid");
    assertThat(lookups).hasValue(1);
    assertThat(site.hits("/echo-host")).isEqualTo(1);
    fetcher.close();
  }

  @Test
  @DisplayName("fetch needs the admin token and a URL")
  void needsTokenAndUrl(Vertx vertx, @TempDir Path data) {
    start(vertx, data, new JsonObject());
    int anonymous = io.vertx.ext.web.client.WebClient.create(vertx)
        .post(server.port(), "127.0.0.1", "/api/articles/fetch").sendJsonObject(new JsonObject().put("url", "x"))
        .await().statusCode();

    assertThat(anonymous).isEqualTo(401);
    assertThat(server.post("/api/articles/fetch", new JsonObject()).statusCode()).isEqualTo(400);
  }
}
