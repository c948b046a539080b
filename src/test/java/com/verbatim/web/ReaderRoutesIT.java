package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.TestApp;
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

/** What the reader's pages use beside asking: example questions, feedback, answers rendered on the server, the CSP. */
@ExtendWith(VertxExtension.class)
@DisplayName("The reader's routes: examples, feedback, /?q= and the CSP")
@Timeout(300)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class ReaderRoutesIT {

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

  private HttpResponse<Buffer> feedback(String body) {
    return client.post(app.port(), "127.0.0.1", "/api/feedback").putHeader("Content-Type", "application/json")
        .sendBuffer(Buffer.buffer(body)).await();
  }

  private static void assertError(HttpResponse<Buffer> r, int status, String code) {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.bodyAsJsonObject().getString("code")).isEqualTo(code);
    assertThat(r.bodyAsJsonObject().getString("message")).isNotBlank();
  }

  @Test
  @DisplayName("example questions are the shipped ones the sample corpus answers")
  void examples() {
    JsonObject body = get("/api/examples").send().await().bodyAsJsonObject();

    assertThat(body.getJsonArray("questions").getList()).contains("Who did Blinken meet?").hasSizeBetween(1, 4);
    for (Object question : body.getJsonArray("questions")) {
      JsonObject answer = get("/api/ask").addQueryParam("q", (String) question).send().await().bodyAsJsonObject();
      assertThat(answer.getJsonArray("sentences")).as("answers to %s", question).isNotEmpty();
    }
  }

  @Test
  @DisplayName("thumbs up and down are validated and counted in /api/stats")
  void feedbackCounted() {
    JsonObject before = get("/api/stats").send().await().bodyAsJsonObject().getJsonObject("feedback");

    HttpResponse<Buffer> up = feedback("{\"answerId\":\"a1\",\"question\":\"Who did Blinken meet?\",\"vote\":\"up\"}");
    assertThat(up.statusCode()).isEqualTo(200);
    assertThat(feedback("{\"question\":\"Who?\",\"vote\":\"down\"}").statusCode()).isEqualTo(200);
    assertError(feedback("{\"answerId\":\"a1\",\"vote\":\"sideways\"}"), 400, "bad-request");
    assertError(feedback("{\"vote\":\"up\"}"), 400, "bad-request");
    assertError(feedback("[1]"), 400, "bad-request");
    assertError(feedback("{oops"), 400, "bad-json");
    assertError(feedback("{\"question\":\"" + "x".repeat(9000) + "\",\"vote\":\"up\"}"), 413, "too-large");
    assertError(get("/api/feedback").send().await(), 405, "method-not-allowed");

    JsonObject after = get("/api/stats").send().await().bodyAsJsonObject().getJsonObject("feedback");
    assertThat(after.getLong("up")).isEqualTo(before.getLong("up") + 1);
    assertThat(after.getLong("down")).isEqualTo(before.getLong("down") + 1);
  }

  @Test
  @DisplayName("/?q= renders the cited answer on the server: quotes, per-source numbers, the sources list, a share link")
  void answerRenderedOnTheServer() {
    HttpResponse<Buffer> r = get("/?q=Who+did+Blinken+meet%3F").send().await();
    String html = r.bodyAsString();

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(html).contains("<h2 class=\"question\" id=\"q-server\">Who did Blinken meet?</h2>",
        "<mark class=\"focus\">Wang Yi</mark>", "class=\"sources\"",
        "quotes from 1 article").doesNotContain("[2]");
    // Handlebars writes '=' in attribute values as &#x3D;, which browsers read as '='
    assertThat(html).containsPattern("<a class=\"share\" href=\"/\\?q(=|&#x3D;)Who\\+did\\+Blinken\\+meet%3F\"");
    assertThat(html).containsPattern("<a class=\"cite\" href=\"/articles/[0-9a-f]+#s\\d+\">\\[1\\]");
    // the form works without the script
    assertThat(html).contains("<form id=\"ask-form\" class=\"ask-bar\" action=\"/\" method=\"get\"", "name=\"q\"");

    HttpResponse<Buffer> tooLong = get("/?q=" + "y".repeat(1500)).send().await();
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.bodyAsString()).contains("role=\"alert\"").contains("at most 1,000 characters");
  }

  @Test
  @DisplayName("the article page: paragraphs as published, the headline once, a canonical link, a question box scoped to it")
  void articlePage() {
    String id = client.post(app.port(), "127.0.0.1", "/api/articles").bearerTokenAuthentication(TestApp.TOKEN)
        .sendJsonObject(new JsonObject().put("title", "Harbour reopens").put("url", "https://news.example.com/h")
            .put("publishedAt", "2026-11-26T10:00:00Z")
            .put("text", "Harbour reopens\n\nThe harbour reopened on Tuesday. Boats came back.\n\nIt was cold."))
        .await().bodyAsJsonObject().getString("id");

    String html = get("/articles/" + id).send().await().bodyAsString();

    assertThat(html).contains("<link rel=\"canonical\" href=\"https://news.example.com/h\">",
        "<span id=\"s1\" class=\"sentence\">Harbour reopens</span>",
        "<p><span class=\"sentence\" id=\"s2\">The harbour reopened on Tuesday.</span> "
            + "<span class=\"sentence\" id=\"s3\">Boats came back.</span> </p>",
        "<time datetime=\"2026-11-26T10:00:00Z\">26 November 2026</time>",
        "<input type=\"hidden\" name=\"article\" value=\"" + id + "\">");
    assertThat(html).doesNotContain("style=", "<script>");
    JsonObject answer = get("/api/ask").addQueryParam("q", "When did the harbour reopen?").send().await()
        .bodyAsJsonObject().getJsonArray("sentences").getJsonObject(0);
    assertThat(answer.getJsonObject("citation").getInteger("paragraph")).isEqualTo(1);
  }

  @Test
  @DisplayName("the CSP allows no inline script or style, and connections to this host only")
  void contentSecurityPolicy() {
    for (String path : new String[] {"/", "/articles/nope", "/api/stats"}) {
      String csp = get(path).send().await().getHeader("Content-Security-Policy");
      assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self';")
          .doesNotContain("unsafe-inline", "ws:", "wss:");
    }
    String notFound = get("/articles/nope").send().await().bodyAsString();
    assertThat(notFound).contains("<meta name=\"viewport\"");
  }
}
