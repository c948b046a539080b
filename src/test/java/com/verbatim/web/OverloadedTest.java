package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ErrorCode;
import com.verbatim.config.ConfigLoader;
import com.verbatim.model.Ask;
import com.verbatim.model.CancellableAsk;
import com.verbatim.support.TestApp;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@DisplayName("An overloaded index, as readers see it")
@Timeout(60)
@io.vertx.junit5.Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class OverloadedTest {

  @TempDir
  Path data;

  /** The web verticle alone, in front of a fake index whose read queue is always full. */
  private void start(Vertx vertx, VertxTestContext ctx, java.util.function.Consumer<Integer> then) {
    vertx.eventBus().<Object>consumer(Addresses.INDEX_SEARCH, message -> {
      ctx.verify(() -> assertThat(message.body()).isInstanceOfAny(Ask.class, CancellableAsk.class)); // the record itself, no JSON copy
      message.fail(ErrorCode.OVERLOADED.failureCode(), "the server is busy (verbatim-index-read queue full)");
    });
    JsonObject http = ConfigLoader.defaults("http").put("host", "127.0.0.1").put("port", 0)
        .put("adminToken", TestApp.TOKEN).put("dataDir", data.toString());
    WebVerticle web = new WebVerticle();
    vertx.deployVerticle(web, new DeploymentOptions().setConfig(http))
        .onComplete(ctx.succeeding(id -> then.accept(web.actualPort())));
  }

  @Test
  @DisplayName("an ask over /ws gets an error frame with code 'overloaded' and its id, and the socket stays open")
  void socket(Vertx vertx, VertxTestContext ctx) {
    WebSocketClient client = vertx.createWebSocketClient();
    List<JsonObject> frames = new ArrayList<>();
    // a first plain request, as the app's start-up check makes; see the report on a WebSocket handshake that
    // failed as the very first request to a fresh server on a loaded machine
    WebClient http = WebClient.create(vertx);
    start(vertx, ctx, port -> http.get(port, "127.0.0.1", "/health").send()
        .onComplete(done -> http.close())
        .compose(health -> client.connect(port, "127.0.0.1", "/ws")).onComplete(ctx.succeeding(socket -> {
      socket.textMessageHandler(text -> {
        frames.add(new JsonObject(text));
        if (frames.size() == 1) {
          socket.writeTextMessage(ask("q2"));
          return;
        }
        socket.close().onComplete(closed -> ctx.verify(() -> {
          assertThat(frames).extracting(f -> f.getString("type")).containsExactly("error", "error");
          assertThat(frames).extracting(f -> f.getString("id")).containsExactly("q1", "q2");
          assertThat(frames).extracting(f -> f.getString("code")).containsExactly("overloaded", "overloaded");
          assertThat(frames.get(0).getString("message")).contains("busy");
          ctx.completeNow();
        }));
      });
      socket.writeTextMessage(ask("q1"));
    })));
  }

  private static String ask(String id) {
    return new JsonObject().put("type", "ask").put("id", id).put("question", "Who did Blinken meet?").encode();
  }

  @Test
  @DisplayName("GET /api/ask answers 503 with code 'overloaded'")
  void http(Vertx vertx, VertxTestContext ctx) {
    WebClient client = WebClient.create(vertx);
    start(vertx, ctx, port -> client.get(port, "127.0.0.1", "/api/ask?q=Who+did+Blinken+meet%3F").send()
        .onComplete(done -> client.close())
        .onComplete(ctx.succeeding(response -> ctx.verify(() -> {
          assertThat(response.statusCode()).isEqualTo(503);
          assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("overloaded");
          ctx.completeNow();
        }))));
  }
}
