package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.AskClient;
import com.verbatim.support.TestApp;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
@DisplayName("The /ws WebSocket")
@Timeout(300)
@io.vertx.junit5.Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
class ServerWebSocketIT {

  @TempDir
  static Path data;
  private static final TestApp app = new TestApp();

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    app.start(vertx, data).onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(Vertx vertx, VertxTestContext ctx) {
    app.stop(vertx).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("answers 'Who did Blinken meet?' with the Wang Yi, top-officials and Qin sentences first, cited")
  void missionQuestion(Vertx vertx, VertxTestContext ctx) {
    AskClient.connect(vertx, app.port())
        .compose(client -> client.ask("m1", "Who did Blinken meet?", 5))
        .onComplete(ctx.succeeding(answer -> ctx.verify(() -> {
          assertThat(answer.getString("type")).isEqualTo("answer");
          assertThat(answer.getString("id")).isEqualTo("m1");
          JsonArray sentences = answer.getJsonArray("sentences");
          List<String> top3 = sentences.stream().limit(3).map(s -> ((JsonObject) s).getString("text")).toList();
          assertThat(top3).anySatisfy(s -> assertThat(s).contains("Wang Yi"))
              .anySatisfy(s -> assertThat(s).contains("Blinken met with top Chinese officials"))
              .anySatisfy(s -> assertThat(s).contains("talks with Qin"));
          JsonObject first = sentences.getJsonObject(0);
          JsonObject citation = first.getJsonObject("citation");
          assertThat(citation.getInteger("n")).isEqualTo(1);
          assertThat(citation.getString("source")).isEqualTo("Verbatim sample corpus");
          assertThat(citation.getString("link"))
              .isEqualTo("/articles/" + citation.getString("articleId") + "#s" + citation.getInteger("sentence"));
          assertThat(first.getJsonArray("highlights")).isNotEmpty();
          assertThat(first.getJsonArray("alsoIn")).isEmpty();
          assertThat(first.getDouble("score")).isGreaterThanOrEqualTo(sentences.getJsonObject(1).getDouble("score"));
          assertThat(answer.getDouble("tookMs")).isNotNegative();
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("every bad frame gets an error with a stable code, and the same socket still answers afterwards")
  void badFramesKeepTheSocketOpen(Vertx vertx, VertxTestContext ctx) {
    AskClient.connect(vertx, app.port()).compose(client -> client.send("{not json")
        .onSuccess(e -> ctx.verify(() -> assertError(e, null, "bad-json")))
        .compose(v -> client.send("[1,2]"))
        .onSuccess(e -> ctx.verify(() -> assertError(e, null, "bad-json")))
        .compose(v -> client.send("{\"type\":\"ask\",\"id\":\"a\"}"))
        .onSuccess(e -> ctx.verify(() -> assertError(e, "a", "bad-request")))
        .compose(v -> client.send("{\"type\":\"ask\",\"id\":\"b\",\"question\":\"   \"}"))
        .onSuccess(e -> ctx.verify(() -> assertError(e, "b", "bad-request")))
        .compose(v -> client.send("{\"type\":\"subscribe\",\"id\":\"c\"}"))
        .onSuccess(e -> ctx.verify(() -> assertError(e, "c", "unknown-type")))
        .compose(v -> client.ask("d", "x".repeat(20_000), 5))
        .onSuccess(e -> ctx.verify(() -> assertError(e, "d", "too-long")))
        .compose(v -> client.ask("d2", "y".repeat(300_000), 5))
        .onSuccess(e -> ctx.verify(() -> assertError(e, "d2", "too-long")))
        .compose(v -> client.send("{\"type\":\"ask\",\"id\":\"e\",\"question\":\"Blinken\",\"limit\":500}"))
        .onSuccess(e -> ctx.verify(() -> assertError(e, "e", "bad-request")))
        .compose(v -> client.send("{\"type\":\"ask\",\"id\":\"f\",\"question\":\"Blinken\",\"limit\":\"five\"}"))
        .onSuccess(e -> ctx.verify(() -> assertError(e, "f", "bad-request")))
        .compose(v -> client.send("{\"type\":\"ask\",\"id\":\"g\",\"question\":\"Blinken\",\"scope\":{\"articleIds\":[1]}}"))
        .onSuccess(e -> ctx.verify(() -> assertError(e, "g", "bad-request")))
        .compose(v -> client.sendBinary(Buffer.buffer(new byte[] {1, 2, 3})))
        .onSuccess(e -> ctx.verify(() -> assertError(e, null, "binary-frame")))
        .compose(v -> client.ask("h", "\"Blinken\" AND (met* OR ~2 \\ / [Wang", 5))
        .onSuccess(answer -> ctx.verify(() -> {
          assertThat(answer.getString("type")).isEqualTo("answer");
          assertThat(answer.getString("id")).isEqualTo("h");
          assertThat(answer.getJsonArray("sentences")).isNotEmpty();
        }))
        .compose(v -> client.ask("i", "Who did Blinken meet?", 3))
        .onSuccess(answer -> ctx.verify(() -> {
          assertThat(answer.getString("type")).isEqualTo("answer");
          assertThat(answer.getJsonArray("sentences")).hasSize(3);
          assertThat(client.isClosed()).isFalse();
        })))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a message over the 1 MB frame limit gets one too-long error, then a close 1009; a new socket answers")
  void hugeMessageIsRefused(Vertx vertx, VertxTestContext ctx) {
    AskClient.connect(vertx, app.port()).compose(client -> client.send("z".repeat(2 * 1024 * 1024))
        .onSuccess(e -> ctx.verify(() -> assertError(e, null, "too-long")))
        .compose(v -> client.closed())
        .onSuccess(code -> ctx.verify(() -> assertThat(code).isEqualTo((short) 1009))))
        .compose(v -> AskClient.connect(vertx, app.port()))
        .compose(client -> client.ask("after", "Who did Blinken meet?", 3))
        .onComplete(ctx.succeeding(answer -> ctx.verify(() -> {
          assertThat(answer.getString("id")).isEqualTo("after");
          assertThat(answer.getJsonArray("sentences")).hasSize(3);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a scope of one article limits the ask; an unknown article id finds nothing")
  void scope(Vertx vertx, VertxTestContext ctx) {
    AskClient.connect(vertx, app.port()).compose(client -> client.ask("s", "Wang Yi", 5)
        .map(answer -> answer.getJsonArray("sentences").getJsonObject(0).getJsonObject("citation").getString("articleId"))
        .compose(id -> client.send(scoped("s1", id)))
        .onSuccess(answer -> ctx.verify(() -> assertThat(answer.getJsonArray("sentences")).isNotEmpty()))
        .compose(v -> client.send(scoped("s2", "0000000000000000")))
        .onSuccess(answer -> ctx.verify(() -> assertThat(answer.getJsonArray("sentences")).isEmpty())))
        .onComplete(ctx.succeedingThenComplete());
  }

  private static String scoped(String id, String articleId) {
    return new JsonObject().put("type", "ask").put("id", id).put("question", "Wang Yi")
        .put("scope", new JsonObject().put("articleIds", new JsonArray().add(articleId))).encode();
  }

  private static void assertError(JsonObject frame, String id, String code) {
    assertThat(frame.getString("type")).isEqualTo("error");
    assertThat(frame.getString("id")).isEqualTo(id);
    assertThat(frame.getString("code")).isEqualTo(code);
    assertThat(frame.getString("message")).isNotBlank();
  }
}
