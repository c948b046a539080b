package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
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

@ExtendWith(VertxExtension.class)
@DisplayName("CORS on the read API, from http.allowedOrigins")
@Timeout(300)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class CorsIT {

  private static final String ALLOWED = "https://news.example.com";
  private static final String REFUSED = "https://evil.example.com";
  /** Every GET API the widget may call from another site's page. */
  private static final List<String> GETS = List.of("/api/ask?q=Who+did+Blinken+meet%3F", "/api/articles/no-such-id",
      "/api/stats");

  @TempDir
  static Path data;
  @TempDir
  static Path anyData;
  private static final TestApp app = new TestApp();
  private static final TestApp anyOrigin = new TestApp();
  /** The second server's own Vert.x: two servers on port 0 in one Vert.x would share one port. */
  private static Vertx other;
  private static WebClient client;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    client = WebClient.create(vertx);
    other = Vertx.vertx();
    app.start(vertx, TestApp.config(data, Map.of("VERBATIM_ALLOWED_ORIGINS", ALLOWED + ", http://127.0.0.1:9",
            "VERBATIM_SEMANTIC", "false")))
        .compose(v -> anyOrigin.start(other, TestApp.config(anyData, Map.of("VERBATIM_ALLOWED_ORIGINS", "*",
            "VERBATIM_SEMANTIC", "false", "VERBATIM_SAMPLES", "false"))))
        .onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(Vertx vertx, VertxTestContext ctx) {
    app.stop(vertx).compose(v -> other.close()).onComplete(ctx.succeedingThenComplete());
  }

  private static HttpRequest<Buffer> request(TestApp server, HttpMethod method, String path, String origin) {
    HttpRequest<Buffer> request = client.request(method, server.port(), "127.0.0.1", path);
    if (origin != null) {
      request.putHeader("Origin", origin);
    }
    return request;
  }

  private static Future<List<HttpResponse<Buffer>>> getAll(String origin) {
    return Future.all(GETS.stream().map(path -> request(app, HttpMethod.GET, path, origin).send()).toList())
        .map(all -> all.<HttpResponse<Buffer>>list());
  }

  @Test
  @DisplayName("each GET API echoes an allowed origin, with Vary: Origin, on answers and errors alike")
  void allowedOrigin(VertxTestContext ctx) {
    getAll(ALLOWED).onComplete(ctx.succeeding(responses -> ctx.verify(() -> {
      assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(200, 404, 200);
      for (HttpResponse<Buffer> r : responses) {
        assertThat(r.getHeader("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(r.getHeader("Vary")).contains("Origin");
        assertThat(r.getHeader("Access-Control-Allow-Credentials")).isNull();
      }
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("each GET API answers another site's page without CORS headers, and a client without Origin as before")
  void refusedOriginAndNoOrigin(VertxTestContext ctx) {
    Future.all(getAll(REFUSED), getAll("null"), getAll(null)).onComplete(ctx.succeeding(all -> ctx.verify(() -> {
      for (int i = 0; i < 3; i++) {
        List<HttpResponse<Buffer>> responses = all.resultAt(i);
        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(200, 404, 200);
        assertThat(responses).allSatisfy(r -> assertThat(r.getHeader("Access-Control-Allow-Origin")).isNull());
      }
      List<HttpResponse<Buffer>> plain = all.resultAt(2);
      assertThat(plain.get(0).bodyAsJsonObject().getString("type")).isEqualTo("answer");
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("a preflight from an allowed origin gets the methods, headers and max age; another site's a 403")
  void preflight(VertxTestContext ctx) {
    List<Future<HttpResponse<Buffer>>> allowed = GETS.stream().map(path -> preflight(path, ALLOWED, "GET")).toList();
    List<Future<HttpResponse<Buffer>>> refused = GETS.stream().map(path -> preflight(path, REFUSED, "GET")).toList();
    Future.all(Future.all(allowed), Future.all(refused), preflight("/api/feedback", ALLOWED, "POST"),
            preflight("/api/feedback", REFUSED, "POST"))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          for (Future<HttpResponse<Buffer>> f : allowed) {
            HttpResponse<Buffer> r = f.result();
            assertThat(r.statusCode()).isEqualTo(204);
            assertThat(r.getHeader("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
            assertThat(r.getHeader("Access-Control-Allow-Methods")).isEqualTo("GET, HEAD");
            assertThat(r.getHeader("Access-Control-Allow-Headers")).isEqualTo("Content-Type");
            assertThat(r.getHeader("Access-Control-Max-Age")).isEqualTo("600");
            assertThat(r.getHeader("Vary")).contains("Origin");
          }
          for (Future<HttpResponse<Buffer>> f : refused) {
            assertRefused(f.result());
          }
          HttpResponse<Buffer> feedback = all.resultAt(2);
          assertThat(feedback.statusCode()).isEqualTo(204);
          assertThat(feedback.getHeader("Access-Control-Allow-Methods")).isEqualTo("POST");
          assertRefused(all.resultAt(3));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a vote posted from an allowed origin is readable there; from another site it is counted but unreadable")
  void feedbackPost(VertxTestContext ctx) {
    String vote = "{\"question\":\"Who did Blinken meet?\",\"vote\":\"up\"}";
    Future.all(request(app, HttpMethod.POST, "/api/feedback", ALLOWED).putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(vote)),
            request(app, HttpMethod.POST, "/api/feedback", REFUSED).putHeader("Content-Type", "text/plain")
                .sendBuffer(Buffer.buffer(vote)))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          HttpResponse<Buffer> allowed = all.resultAt(0);
          HttpResponse<Buffer> refused = all.resultAt(1);
          assertThat(allowed.statusCode()).isEqualTo(200);
          assertThat(allowed.getHeader("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
          assertThat(refused.getHeader("Access-Control-Allow-Origin")).isNull();
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("with http.allowedOrigins set to * every origin gets Access-Control-Allow-Origin: *")
  void anyOriginWhenConfigured(VertxTestContext ctx) {
    Future.all(request(anyOrigin, HttpMethod.GET, "/api/stats", REFUSED).send(),
            request(anyOrigin, HttpMethod.OPTIONS, "/api/ask", REFUSED).putHeader("Access-Control-Request-Method", "GET")
                .send())
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          HttpResponse<Buffer> get = all.resultAt(0);
          HttpResponse<Buffer> options = all.resultAt(1);
          assertThat(get.statusCode()).isEqualTo(200);
          assertThat(get.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
          assertThat(options.statusCode()).isEqualTo(204);
          assertThat(options.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
          ctx.completeNow();
        })));
  }

  private static Future<HttpResponse<Buffer>> preflight(String path, String origin, String method) {
    return request(app, HttpMethod.OPTIONS, path, origin).putHeader("Access-Control-Request-Method", method)
        .putHeader("Access-Control-Request-Headers", "content-type").send();
  }

  private static void assertRefused(HttpResponse<Buffer> r) {
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.bodyAsJsonObject().getString("code")).isEqualTo("origin-refused");
    assertThat(r.getHeader("Access-Control-Allow-Origin")).isNull();
    assertThat(r.getHeader("Access-Control-Allow-Methods")).isNull();
  }
}
