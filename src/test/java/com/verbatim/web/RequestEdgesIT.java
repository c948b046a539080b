package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
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
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@DisplayName("Empty bodies, HEAD, and methods a path does not serve")
class RequestEdgesIT {

  @TempDir
  static Path data;
  private static final TestApp app = new TestApp();
  private static WebClient client;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    client = WebClient.create(vertx);
    app.start(vertx, TestApp.config(data, Map.of("VERBATIM_SAMPLES", "false"))).onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(Vertx vertx, VertxTestContext ctx) {
    app.stop(vertx).onComplete(ctx.succeedingThenComplete());
  }

  /** A raw response: status code and body, as the server wrote them. */
  private record Raw(int status, String head, String body) {
  }

  /** Sends {@code request} byte for byte and reads until the server closes (the request says Connection: close). */
  private static Future<Raw> raw(Vertx vertx, String request) {
    return vertx.createNetClient().connect(app.port(), "127.0.0.1").compose(socket -> {
      Buffer received = Buffer.buffer();
      Promise<Raw> done = Promise.promise();
      socket.handler(received::appendBuffer);
      socket.endHandler(v -> {
        String text = received.toString();
        int split = text.indexOf("\r\n\r\n");
        done.complete(new Raw(Integer.parseInt(text.substring(9, 12)), text.substring(0, split), text.substring(split + 4)));
      });
      return socket.write(request).compose(v -> done.future());
    });
  }

  @Test
  @DisplayName("an empty POST with a valid token is a 400 'the body is empty': absent, Content-Length 0, or chunked")
  void emptyBodies(Vertx vertx, VertxTestContext ctx) {
    List<String> framings = List.of("", "Content-Length: 0\r\n", "Transfer-Encoding: chunked\r\n");
    List<String> paths = List.of("/api/articles", "/api/articles/fetch");
    Future<Void> chain = Future.succeededFuture();
    for (String path : paths) {
      for (String framing : framings) {
        String request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            + "Authorization: Bearer " + TestApp.TOKEN + "\r\nContent-Type: application/json\r\n" + framing + "\r\n"
            + (framing.startsWith("Transfer") ? "0\r\n\r\n" : "");
        chain = chain.compose(v -> raw(vertx, request)).map(r -> {
          assertThat(r.status()).as(path + " " + framing).isEqualTo(400);
          assertThat(new JsonObject(r.body())).as(path + " " + framing)
              .isEqualTo(new JsonObject().put("code", "bad-request").put("message", "the body is empty"));
          return null;
        });
      }
    }
    chain.onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("HEAD on /, /health and a static file answers as GET does, without the body")
  void headAsGet(VertxTestContext ctx) {
    Future<Void> chain = Future.succeededFuture();
    for (String path : List.of("/", "/health", "/static/js/chat.js", "/static/css/verbatim.css")) {
      chain = chain.compose(v -> request(HttpMethod.GET, path))
          .compose(get -> request(HttpMethod.HEAD, path).map(head -> {
            assertThat(head.statusCode()).as(path).isEqualTo(200).isEqualTo(get.statusCode());
            assertThat(head.body()).as(path).isNull();
            assertThat(head.getHeader("Content-Length")).as(path)
                .isEqualTo(String.valueOf(get.body().length()));
            for (String name : get.headers().names()) {
              if (!name.equalsIgnoreCase("date")) {
                assertThat(head.headers().getAll(name)).as(path + " " + name).isEqualTo(get.headers().getAll(name));
              }
            }
            assertThat(head.headers().names()).as(path).hasSameSizeAs(get.headers().names());
            return null;
          }));
    }
    chain.onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a known path asked with another method is a 405 with an Allow header; unknown paths stay 404")
  void methodNotAllowed(VertxTestContext ctx) {
    expect405(HttpMethod.PUT, "/health", "GET, HEAD")
        .compose(v -> expect405(HttpMethod.DELETE, "/", "GET, HEAD"))
        .compose(v -> expect405(HttpMethod.GET, "/api/articles", "POST"))
        .compose(v -> expect405(HttpMethod.PUT, "/api/articles/fetch", "POST"))
        .compose(v -> expect405(HttpMethod.POST, "/api/articles/abc", "DELETE, GET, HEAD, OPTIONS"))
        .compose(v -> expect405(HttpMethod.POST, "/static/js/chat.js", "GET, HEAD"))
        .compose(v -> expect405(HttpMethod.HEAD, "/ws", "GET"))
        .compose(v -> request(HttpMethod.PUT, "/nowhere"))
        .onSuccess(r -> ctx.verify(() -> assertError(r, 404, "not-found")))
        .compose(v -> request(HttpMethod.GET, "/static/js/missing.js"))
        .onSuccess(r -> ctx.verify(() -> assertError(r, 404, "not-found")))
        .compose(v -> request(HttpMethod.HEAD, "/static/js/missing.js"))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(404);
          ctx.completeNow();
        })));
  }

  private Future<Void> expect405(HttpMethod method, String path, String allow) {
    return request(method, path).map(r -> {
      assertThat(r.getHeader("Allow")).as(method + " " + path).isEqualTo(allow);
      if (method == HttpMethod.HEAD) {
        assertThat(r.statusCode()).isEqualTo(405);
      } else {
        assertError(r, 405, "method-not-allowed");
      }
      return null;
    });
  }

  private static Future<HttpResponse<Buffer>> request(HttpMethod method, String path) {
    return client.request(method, app.port(), "127.0.0.1", path).send();
  }

  private static void assertError(HttpResponse<Buffer> response, int status, String code) {
    assertThat(response.statusCode()).isEqualTo(status);
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.getString("code")).isEqualTo(code);
    assertThat(body.getString("message")).isNotBlank();
  }
}
