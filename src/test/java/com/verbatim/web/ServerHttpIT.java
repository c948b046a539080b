package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@DisplayName("The HTTP API and pages")
@Timeout(300)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class ServerHttpIT {

  @TempDir
  static Path data;
  private static final TestApp app = new TestApp();
  private static WebClient client;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    client = WebClient.create(vertx);
    app.start(vertx, data).onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(Vertx vertx, VertxTestContext ctx) {
    app.stop(vertx).onComplete(ctx.succeedingThenComplete());
  }

  private HttpRequest<Buffer> get(String path) {
    return client.get(app.port(), "127.0.0.1", path);
  }

  private HttpRequest<Buffer> postArticle(String token) {
    HttpRequest<Buffer> request = client.post(app.port(), "127.0.0.1", "/api/articles");
    return token == null ? request : request.bearerTokenAuthentication(token);
  }

  @Test
  @DisplayName("health is up and stats count the sample's 16 unique sentences")
  void healthAndStats(VertxTestContext ctx) {
    get("/health").send()
        .onSuccess(r -> ctx.verify(() -> assertThat(r.statusCode()).isEqualTo(200)))
        .compose(v -> get("/api/stats").send())
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertThat(r.bodyAsJsonObject().getLong("sentences")).isGreaterThanOrEqualTo(16);
          assertThat(r.bodyAsJsonObject().getLong("articles")).isGreaterThanOrEqualTo(1);
          assertThat(r.bodyAsJsonObject().getLong("vectorsPending")).isNotNull().isGreaterThanOrEqualTo(0);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("GET /api/ask answers like the WebSocket, and validates its parameters")
  void askOverHttp(VertxTestContext ctx) {
    get("/api/ask").addQueryParam("q", "Who did Blinken meet?").addQueryParam("limit", "3").send()
        .onSuccess(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.bodyAsJsonObject().getString("type")).isEqualTo("answer");
          assertThat(r.bodyAsJsonObject().getJsonArray("sentences")).hasSize(3);
        }))
        .compose(v -> get("/api/ask").addQueryParam("q", "Blinken").addQueryParam("limit", "lots").send())
        .onSuccess(r -> ctx.verify(() -> assertError(r, 400, "bad-request")))
        .compose(v -> get("/api/ask").send())
        .onSuccess(r -> ctx.verify(() -> assertError(r, 400, "bad-request")))
        .compose(v -> get("/api/ask").addQueryParam("q", "y".repeat(5000)).send())
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertError(r, 400, "too-long");
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("posting articles needs the admin token")
  void adminTokenRequired(VertxTestContext ctx) {
    JsonObject article = new JsonObject().put("title", "T").put("text", "Some text here.");
    postArticle(null).sendJsonObject(article)
        .onSuccess(r -> ctx.verify(() -> assertError(r, 401, "unauthorized")))
        .compose(v -> postArticle("wrong-token").sendJsonObject(article))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertError(r, 401, "unauthorized");
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("invalid articles get 400 or 413 with a code, and nothing is stored")
  void invalidArticles(VertxTestContext ctx) {
    postArticle(TestApp.TOKEN).sendBuffer(Buffer.buffer("{\"title\": \"T\", \"text\": "))
        .onSuccess(r -> ctx.verify(() -> assertError(r, 400, "bad-json")))
        .compose(v -> postArticle(TestApp.TOKEN).sendJsonObject(new JsonObject().put("title", "T").put("text", "  ")))
        .onSuccess(r -> ctx.verify(() -> assertError(r, 400, "bad-request")))
        .compose(v -> postArticle(TestApp.TOKEN).sendJsonObject(new JsonObject().put("text", "No title.")))
        .onSuccess(r -> ctx.verify(() -> assertError(r, 400, "bad-request")))
        .compose(v -> postArticle(TestApp.TOKEN).sendJsonObject(new JsonObject().put("title", 7).put("text", "x.")))
        .onSuccess(r -> ctx.verify(() -> assertError(r, 400, "bad-request")))
        .compose(v -> postArticle(TestApp.TOKEN)
            .sendJsonObject(new JsonObject().put("title", "T").put("text", "x.").put("url", "javascript:alert(1)")))
        .onSuccess(r -> ctx.verify(() -> assertError(r, 400, "bad-request")))
        .compose(v -> postArticle(TestApp.TOKEN).sendJsonObject(
            new JsonObject().put("title", "Huge").put("text", "Word. ".repeat(50 * 1024 * 1024 / 6))))
        .onSuccess(r -> ctx.verify(() -> assertError(r, 413, "too-large")))
        .compose(v -> get("/health").send())
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(200);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a new article is stored (201), posting it again changes nothing (200), and it can be read back")
  void ingestIsIdempotent(VertxTestContext ctx) {
    JsonObject article = new JsonObject().put("title", "Rates held").put("source", "Test Wire")
        .put("url", "https://news.example.com/rates").put("publishedAt", "2026-11-26T10:00:00Z")
        .put("text", "The central bank held rates on Thursday.\nThe central bank held rates on Thursday.\nInflation eased.");
    postArticle(TestApp.TOKEN).sendJsonObject(article)
        .onSuccess(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(201);
          assertThat(r.bodyAsJsonObject().getInteger("sentences")).isEqualTo(2);
          assertThat(r.bodyAsJsonObject().getInteger("repeatsRemoved")).isEqualTo(1);
        }))
        .compose(first -> statsThen(postArticle(TestApp.TOKEN).sendJsonObject(article), first))
        .onComplete(ctx.succeeding(id -> ctx.completeNow()));
  }

  /** The stats without vectorsPending, which falls on its own as the background embedding catches up. */
  private static JsonObject counts(HttpResponse<Buffer> stats) {
    JsonObject counts = stats.bodyAsJsonObject().copy();
    counts.remove("vectorsPending");
    counts.remove("answerCache"); // how the cache has served since start, not what is stored
    return counts;
  }

  /** Posts again and checks the corpus did not grow, then reads the article back. */
  private Future<String> statsThen(Future<HttpResponse<Buffer>> again, HttpResponse<Buffer> first) {
    String id = first.bodyAsJsonObject().getString("id");
    return get("/api/stats").send().map(ServerHttpIT::counts).compose(before -> again
        .compose(r -> {
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.bodyAsJsonObject().getString("status")).isEqualTo("unchanged");
          assertThat(r.bodyAsJsonObject().getString("id")).isEqualTo(id);
          return get("/api/stats").send();
        })
        .map(after -> {
          assertThat(counts(after)).isEqualTo(before);
          return id;
        }))
        .compose(v -> get("/api/articles/" + id).send())
        .map(r -> {
          JsonObject body = r.bodyAsJsonObject();
          assertThat(body.getString("title")).isEqualTo("Rates held");
          assertThat(body.getString("source")).isEqualTo("Test Wire");
          assertThat(body.getJsonArray("sentences").getJsonObject(1))
              .isEqualTo(new JsonObject().put("n", 2).put("text", "Inflation eased.").put("paragraph", 3)); // one line a paragraph
          return id;
        });
  }

  @Test
  @DisplayName("unknown article ids are 404, as JSON for the API and as a page for readers")
  void unknownArticle(VertxTestContext ctx) {
    get("/api/articles/nope").send()
        .onSuccess(r -> ctx.verify(() -> assertError(r, 404, "not-found")))
        .compose(v -> get("/articles/nope").send())
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(404);
          assertThat(r.getHeader("content-type")).startsWith("text/html");
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("the article page anchors every sentence and escapes article text")
  void articlePageEscapes(VertxTestContext ctx) {
    JsonObject article = new JsonObject().put("title", "<b>Bold</b> claim")
        .put("text", "Officials said <script>alert('x')</script> nothing.\nThen they left.");
    postArticle(TestApp.TOKEN).sendJsonObject(article)
        .compose(r -> get("/articles/" + r.bodyAsJsonObject().getString("id")).send())
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          String html = r.bodyAsString();
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(html).contains("id=\"s1\"", "id=\"s2\"", "&lt;script&gt;", "&lt;b&gt;Bold&lt;/b&gt;")
              .doesNotContain("<script>alert", "<b>Bold</b>");
          assertThat(r.getHeader("Content-Security-Policy")).contains("default-src 'self'");
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("the chat page is served with its own script and stylesheet, no CDN")
  void chatPage(VertxTestContext ctx) {
    get("/").send()
        .onSuccess(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.bodyAsString()).contains("/static/js/chat.js", "/static/css/verbatim.css")
              .doesNotContain("http://", "https://");
        }))
        .compose(v -> get("/static/js/socket.js").send())
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.bodyAsString()).contains("new WebSocket");
          ctx.completeNow();
        })));
  }

  private static void assertError(HttpResponse<Buffer> response, int status, String code) {
    assertThat(response.statusCode()).isEqualTo(status);
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.getString("code")).isEqualTo(code);
    assertThat(body.getString("message")).isNotBlank();
  }
}
