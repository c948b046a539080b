package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.HeldAsks;
import com.verbatim.support.RawWebSocket;
import com.verbatim.support.RawWebSocket.Frame;
import com.verbatim.support.WebOnly;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A graceful shutdown as a socket's client sees it, on the web verticle alone in front of a held index. */
@ExtendWith(VertxExtension.class)
@DisplayName("Graceful shutdown")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ShutdownIT {

  private static final int READ_TIMEOUT_MS = 60_000;

  @TempDir
  Path data;

  @Test
  @DisplayName("on stop, an answer in progress is still sent, then every socket is closed 1001; new asks are refused")
  void drainsThenGoesAway(Vertx vertx) throws Exception {
    WebOnly web = new WebOnly();
    HeldAsks index = new HeldAsks(vertx);
    await(web.start(vertx, data, new JsonObject()));
    try (RawWebSocket asking = RawWebSocket.open(web.port(), READ_TIMEOUT_MS);
        RawWebSocket idle = RawWebSocket.open(web.port(), READ_TIMEOUT_MS)) {
      asking.sendText(ask("before"));
      index.held(1).get(60, TimeUnit.SECONDS);
      Future<Void> stopped = web.stop(vertx);
      Frame idleClose = idle.readClose();
      assertThat(idleClose.closeCode()).isEqualTo(1001);
      assertThat(idleClose.closeReason()).contains("shutting down");
      // the asking socket is still open while its answer is in progress, and takes no new ask
      asking.sendText(ask("late"));
      JsonObject refused = new JsonObject(asking.readText().text());
      assertThat(refused.getString("id")).isEqualTo("late");
      assertThat(refused.getString("code")).isEqualTo("overloaded");
      index.answerAll();
      JsonObject answer = new JsonObject(asking.readText().text());
      assertThat(answer.getString("type")).isEqualTo("answer");
      assertThat(answer.getString("id")).isEqualTo("before");
      assertThat(asking.readClose().closeCode()).isEqualTo(1001);
      asking.close();
      idle.close();
      await(stopped);
    } finally {
      index.unregister();
    }
  }

  private static String ask(String id) {
    return new JsonObject().put("type", "ask").put("id", id).put("question", "Who did Blinken meet?").encode();
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }
}
