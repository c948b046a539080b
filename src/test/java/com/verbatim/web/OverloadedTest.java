package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ErrorCode;
import com.verbatim.config.ConfigLoader;
import com.verbatim.model.Ask;
import com.verbatim.support.AskClient;
import com.verbatim.support.TestApp;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
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
      ctx.verify(() -> assertThat(message.body()).isInstanceOf(Ask.class)); // the record itself, no JSON copy
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
    start(vertx, ctx, port -> AskClient.connect(vertx, port)
        .compose(client -> client.ask("q1", "Who did Blinken meet?", 5)
            .onSuccess(frame -> ctx.verify(() -> {
              assertThat(frame.getString("type")).isEqualTo("error");
              assertThat(frame.getString("id")).isEqualTo("q1");
              assertThat(frame.getString("code")).isEqualTo("overloaded");
              assertThat(frame.getString("message")).contains("busy");
            }))
            .compose(frame -> client.ask("q2", "And Yellen?", 5)))
        .onComplete(ctx.succeeding(frame -> ctx.verify(() -> {
          assertThat(frame.getString("id")).isEqualTo("q2");
          assertThat(frame.getString("code")).isEqualTo("overloaded");
          ctx.completeNow();
        }))));
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
