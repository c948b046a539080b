package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@DisplayName("The /ws handshake's Origin allow-list")
@Timeout(300)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class WebSocketOriginIT {

  @TempDir
  static Path data;
  private static final TestApp app = new TestApp();
  /** Held until the end: Vert.x 5 closes the connections of a client that is garbage collected. */
  private static final List<WebSocketClient> clients = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    app.start(vertx, TestApp.config(data, Map.of("VERBATIM_ALLOWED_ORIGINS", "https://news.example.com, http://127.0.0.1:9")))
        .onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(Vertx vertx, VertxTestContext ctx) {
    Future.all(clients.stream().map(WebSocketClient::close).toList())
        .compose(closed -> app.stop(vertx)).onComplete(ctx.succeedingThenComplete());
  }

  private static Future<Object> connect(Vertx vertx, String origin) {
    WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(app.port())
        .setURI("/ws");
    if (origin != null) {
      options.addHeader("Origin", origin);
    }
    WebSocketClient client = vertx.createWebSocketClient();
    clients.add(client);
    return client.connect(options).compose(socket -> socket.close().map((Object) socket));
  }

  @Test
  @DisplayName("accepts listed origins, the server's own and clients without Origin")
  void accepted(Vertx vertx, VertxTestContext ctx) {
    Future.all(connect(vertx, "https://news.example.com"), connect(vertx, "http://127.0.0.1:9"),
            connect(vertx, "http://127.0.0.1:" + app.port()), connect(vertx, null))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("refuses another site's page with a 403 before the upgrade")
  void refused(Vertx vertx, VertxTestContext ctx) {
    Future.all(connect(vertx, "https://evil.example.com").recover(e -> Future.succeededFuture(e)),
            connect(vertx, "http://127.0.0.1:10").recover(e -> Future.succeededFuture(e)),
            connect(vertx, "null").recover(e -> Future.succeededFuture(e)))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          for (int i = 0; i < 3; i++) {
            assertThat((Object) all.resultAt(i)).isInstanceOfSatisfying(UpgradeRejectedException.class,
                e -> assertThat(e.getStatus()).isEqualTo(403));
          }
          ctx.completeNow();
        })));
  }
}
