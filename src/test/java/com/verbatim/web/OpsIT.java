package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.metrics.VertxSetup;
import com.verbatim.support.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

@ExtendWith(VertxExtension.class)
@DisplayName("Operations: /metrics, /health, /ready, /asyncapi.yaml and the verbatim.v1 subprotocol")
@Timeout(300)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class OpsIT {

  @TempDir
  static Path data;
  private static final TestApp app = new TestApp();
  /** Made as Main makes it, with metrics; the extension's Vert.x has none. */
  private static Vertx metered;
  private static WebClient client;
  /** Held for the class: a client nobody holds is closed when collected, its handshakes with it. */
  private static WebSocketClient sockets;

  @BeforeAll
  static void start(VertxTestContext ctx) {
    metered = Vertx.vertx(VertxSetup.options());
    client = WebClient.create(metered);
    sockets = metered.createWebSocketClient();
    app.start(metered, TestApp.config(data, Map.of("VERBATIM_SEMANTIC", "false")))
        .onComplete(ctx.succeedingThenComplete());
  }

  /**
   * Waits here, on the test's thread: a close composed on {@code metered}'s own context would complete on an
   * event loop the close has ended, and never be heard of.
   */
  @AfterAll
  static void stop() throws Exception {
    app.stop(metered).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    metered.close().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  private static Future<WebSocket> connect(String subprotocol) {
    WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(app.port())
        .setURI("/ws");
    if (subprotocol != null) {
      options.addSubProtocol(subprotocol);
    }
    return sockets.connect(options);
  }

  /** Sends {@code frame} and completes with the next frame the server sends. */
  private static Future<JsonObject> exchange(WebSocket socket, String frame) {
    Promise<JsonObject> next = Promise.promise();
    socket.textMessageHandler(text -> next.tryComplete(new JsonObject(text)));
    return socket.writeTextMessage(frame).compose(v -> next.future());
  }

  private static String ask(String id) {
    return new JsonObject().put("type", "ask").put("id", id).put("question", "Who did Blinken meet?").encode();
  }

  @Test
  @DisplayName("the server echoes verbatim.v1 when asked for it, and serves clients that ask for none")
  void subprotocol(VertxTestContext ctx) {
    Future.all(connect(WebVerticle.SUBPROTOCOL), connect(null))
        .compose(all -> {
          WebSocket with = all.resultAt(0);
          WebSocket without = all.resultAt(1);
          ctx.verify(() -> {
            assertThat(with.subProtocol()).isEqualTo("verbatim.v1");
            assertThat(without.subProtocol()).isNull();
          });
          return Future.all(exchange(with, ask("with")), exchange(without, ask("without")))
              .compose(frames -> Future.all(with.close(), without.close()).map(frames));
        })
        .onComplete(ctx.succeeding(frames -> ctx.verify(() -> {
          JsonObject first = frames.resultAt(0);
          JsonObject second = frames.resultAt(1);
          assertThat(first.getString("type")).isEqualTo("answer");
          assertThat(first.getString("id")).isEqualTo("with");
          assertThat(second.getString("id")).isEqualTo("without");
          assertThat(second.getJsonArray("sentences")).isNotEmpty();
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("/metrics is Prometheus text with Verbatim's meters after asks, errors and a close, and Vert.x's and the JVM's")
  void metrics(VertxTestContext ctx) {
    connect(WebVerticle.SUBPROTOCOL)
        .compose(socket -> exchange(socket, ask("m1"))
            .onSuccess(answer -> ctx.verify(() -> assertThat(answer.getString("id")).isEqualTo("m1")))
            .compose(v -> exchange(socket, "{not json"))
            .onSuccess(error -> ctx.verify(() -> assertThat(error.getString("code")).isEqualTo("bad-json")))
            .compose(v -> exchange(socket, new JsonObject().put("type", "ask").put("id", "m2").put("question", "")
                .encode()))
            .onSuccess(error -> ctx.verify(() -> assertThat(error.getString("id")).isEqualTo("m2")))
            .compose(v -> socket.close((short) 1000)))
        .compose(v -> client.get(app.port(), "127.0.0.1", "/api/ask").addQueryParam("q", "Who did Blinken meet?").send())
        .compose(v -> client.get(app.port(), "127.0.0.1", "/api/ask").addQueryParam("q", "x")
            .addQueryParam("limit", "lots").send())
        .compose(v -> scrapeUntil("verbatim_ws_closes_total{code=\"1000\"}", 200))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.getHeader("Content-Type")).startsWith("text/plain");
          String text = r.bodyAsString();
          assertThat(text).contains(
              "verbatim_asks_seconds_bucket{", "verbatim_asks_seconds_count{outcome=\"answered\",transport=\"ws\"}",
              "verbatim_asks_seconds_count{outcome=\"answered\",transport=\"http\"}",
              "verbatim_errors_total{code=\"bad-json\",transport=\"ws\"} 1.0",
              "verbatim_errors_total{code=\"bad-request\",transport=\"ws\"} 1.0",
              "verbatim_errors_total{code=\"bad-request\",transport=\"http\"} 1.0",
              "verbatim_ws_closes_total{code=\"1000\"}",
              "verbatim_index_queue_waiting{pool=\"read\"}", "verbatim_index_queue_capacity{pool=\"read\"} 256.0",
              "verbatim_answer_cache_hits_total", "verbatim_answer_cache_misses_total",
              "verbatim_answer_cache_hit_ratio", "verbatim_ingest_articles_total{status=\"created\"}",
              "vertx_http_server_active_connections", "vertx_http_server_active_ws_connections",
              "jvm_memory_used_bytes", "jvm_gc_", "jvm_threads_live_threads", "process_cpu_usage");
          ctx.completeNow();
        })));
  }

  /**
   * Scrapes until {@code expected} shows (the server counts a close when its side of the socket has closed,
   * which may be just after the client's close completes), at most {@code attempts} times, each after the last
   * answer: no clock involved.
   */
  private static Future<HttpResponse<Buffer>> scrapeUntil(String expected, int attempts) {
    return client.get(app.port(), "127.0.0.1", "/metrics").send()
        .compose(r -> r.bodyAsString().contains(expected) || attempts <= 1 ? Future.succeededFuture(r)
            : scrapeUntil(expected, attempts - 1));
  }

  @Test
  @DisplayName("/health and /ready answer 200 on a running server, /ready naming its checks")
  void healthAndReady(VertxTestContext ctx) {
    Future.all(client.get(app.port(), "127.0.0.1", "/health").send(),
            client.get(app.port(), "127.0.0.1", "/ready").send())
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          HttpResponse<Buffer> health = all.resultAt(0);
          HttpResponse<Buffer> ready = all.resultAt(1);
          assertThat(health.statusCode()).isEqualTo(200);
          assertThat(ready.statusCode()).isEqualTo(200);
          assertThat(ready.bodyAsJsonObject().getJsonObject("checks").fieldNames())
              .containsExactlyInAnyOrder("index", "readQueue", "semantic");
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("/asyncapi.yaml serves the document kept in the repository, as YAML")
  void asyncApi(VertxTestContext ctx) throws IOException {
    String expected;
    try (InputStream in = OpsIT.class.getResourceAsStream(OpsRoutes.ASYNCAPI)) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    client.get(app.port(), "127.0.0.1", "/asyncapi.yaml").send()
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.getHeader("Content-Type")).isEqualTo("application/yaml; charset=utf-8");
          assertThat(r.bodyAsString()).isEqualTo(expected).startsWith("asyncapi: 3.0.0");
          ctx.completeNow();
        })));
  }
}
