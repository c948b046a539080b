package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.CancellableAsk;
import com.verbatim.support.HeldAsks;
import com.verbatim.support.RawWebSocket;
import com.verbatim.support.RawWebSocket.Frame;
import com.verbatim.support.WebOnly;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One socket's limits, on the web verticle alone in front of an index the test controls ({@link HeldAsks}). */
@ExtendWith(VertxExtension.class)
@DisplayName("A WebSocket's limits: in flight, rate, idle, pong")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SocketLimitsIT {

  private static final int READ_TIMEOUT_MS = 60_000;

  @TempDir
  Path data;
  private final WebOnly web = new WebOnly();
  private HeldAsks index;
  private Vertx vertx;

  private void start(Vertx vertx, JsonObject limits) throws Exception {
    this.vertx = vertx;
    index = new HeldAsks(vertx);
    await(web.start(vertx, data, limits));
  }

  @AfterEach
  void stop() throws Exception {
    index.answerAll();
    await(web.stop(vertx));
    index.unregister();
  }

  @Test
  @DisplayName("an ask beyond wsMaxInFlight gets 'busy' with its id at once; the asks in flight are answered")
  void inFlight(Vertx vertx) throws Exception {
    start(vertx, new JsonObject().put("wsMaxInFlight", 2));
    try (RawWebSocket ws = RawWebSocket.open(web.port(), READ_TIMEOUT_MS)) {
      ws.sendText(ask("a1"));
      ws.sendText(ask("a2"));
      index.held(2).get(60, TimeUnit.SECONDS);
      ws.sendText(ask("a3"));
      JsonObject busy = new JsonObject(ws.readText().text());
      assertThat(busy.getString("type")).isEqualTo("error");
      assertThat(busy.getString("id")).isEqualTo("a3");
      assertThat(busy.getString("code")).isEqualTo("busy");
      assertThat(busy.getString("message")).contains("2 asks in progress");
      index.answerAll();
      List<String> answered = List.of(idOf(ws.readText()), idOf(ws.readText()));
      assertThat(answered).containsExactlyInAnyOrder("a1", "a2");
      ws.sendText(ask("a4"));
      index.held(3).get(60, TimeUnit.SECONDS);
      index.answerAll();
      assertThat(idOf(ws.readText())).isEqualTo("a4");
      assertThat(web.web().limitCounters().get(LimitCounters.Event.ASK_BUSY)).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("a socket's queued asks are cancelled when it closes, so the index skips them")
  void cancelledOnClose(Vertx vertx) throws Exception {
    start(vertx, new JsonObject().put("wsMaxInFlight", 2));
    RawWebSocket ws = RawWebSocket.open(web.port(), READ_TIMEOUT_MS);
    ws.sendText(ask("c1"));
    ws.sendText(ask("c2"));
    index.held(2).get(60, TimeUnit.SECONDS);
    assertThat(index.asks()).noneMatch(CancellableAsk::isCancelled);
    ws.close();
    waitFor(() -> index.asks().stream().allMatch(CancellableAsk::isCancelled));
    assertThat(web.web().limitCounters().get(LimitCounters.Event.ASK_CANCELLED)).isEqualTo(2);
  }

  @Test
  @DisplayName("frames beyond the burst get 'rate-limited' with their id and a retryAfterMs")
  void rateLimited(Vertx vertx) throws Exception {
    start(vertx, new JsonObject().put("wsAsksPerSecond", 1).put("wsAskBurst", 3).put("wsMaxInFlight", 100));
    index.answerAtOnce();
    try (RawWebSocket ws = RawWebSocket.open(web.port(), READ_TIMEOUT_MS)) {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      for (int i = 0; i < 10; i++) {
        all.write(RawWebSocket.frame(true, 0, RawWebSocket.TEXT, ask("r" + i).getBytes(StandardCharsets.UTF_8)));
      }
      ws.write(all.toByteArray()); // one write: the ten frames arrive together
      List<JsonObject> limited = new ArrayList<>();
      List<JsonObject> answers = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        JsonObject frame = new JsonObject(ws.readText().text());
        (frame.getString("type").equals("answer") ? answers : limited).add(frame);
      }
      // three from the burst, plus at most one a second that the reading took
      assertThat(answers.size()).isBetween(3, 5);
      assertThat(limited).allSatisfy(frame -> {
        assertThat(frame.getString("code")).isEqualTo("rate-limited");
        assertThat(frame.getString("id")).startsWith("r");
        assertThat(frame.getLong("retryAfterMs")).isBetween(1L, 1000L);
      });
    }
  }

  @Test
  @DisplayName("a socket that sends nothing for wsIdleTimeoutMs is closed 1000 'idle'")
  void idle(Vertx vertx) throws Exception {
    start(vertx, new JsonObject().put("wsIdleTimeoutMs", 300));
    try (RawWebSocket ws = RawWebSocket.open(web.port(), READ_TIMEOUT_MS)) {
      Frame close = ws.readClose();
      assertThat(close.closeCode()).isEqualTo(1000);
      assertThat(close.closeReason()).startsWith("idle");
    }
  }

  @Test
  @DisplayName("the server pings; a socket that does not answer within wsPongTimeoutMs is closed 1000 'no pong'")
  void pongDeadline(Vertx vertx) throws Exception {
    start(vertx, new JsonObject().put("wsPingIntervalMs", 100).put("wsPongTimeoutMs", 300));
    try (RawWebSocket ws = RawWebSocket.open(web.port(), READ_TIMEOUT_MS)) {
      Frame ping = ws.read();
      assertThat(ping.opcode()).isEqualTo(RawWebSocket.PING);
      Frame close = ws.readClose();
      assertThat(close.closeCode()).isEqualTo(1000);
      assertThat(close.closeReason()).startsWith("no pong");
    }
  }

  @Test
  @DisplayName("a socket that answers the server's pings stays open past the pong deadline")
  void pongKeepsOpen(Vertx vertx) throws Exception {
    start(vertx, new JsonObject().put("wsPingIntervalMs", 100).put("wsPongTimeoutMs", 300));
    index.answerAtOnce();
    try (RawWebSocket ws = RawWebSocket.open(web.port(), READ_TIMEOUT_MS)) {
      for (int i = 0; i < 6; i++) { // six pings at 100 ms: well past one pong deadline
        Frame ping = ws.read();
        assertThat(ping.opcode()).isEqualTo(RawWebSocket.PING);
        ws.send(true, 0, RawWebSocket.PONG, ping.payload());
      }
      ws.sendText(ask("still"));
      assertThat(idOf(ws.readText())).isEqualTo("still");
    }
  }

  private static String ask(String id) {
    return new JsonObject().put("type", "ask").put("id", id).put("question", "Who did Blinken meet?").encode();
  }

  private static String idOf(Frame frame) {
    JsonObject json = new JsonObject(frame.text());
    assertThat(json.getString("type")).as(frame.text()).isEqualTo("answer");
    return json.getString("id");
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  /**
   * Waits for a condition the server makes true on its own thread, checked on a Vert.x timer (no event marks
   * it); the test's timeout bounds the wait.
   */
  private void waitFor(BooleanSupplier condition) throws Exception {
    CompletableFuture<Void> met = new CompletableFuture<>();
    long timer = vertx.setPeriodic(1, 10, id -> {
      if (condition.getAsBoolean()) {
        met.complete(null);
      }
    });
    try {
      met.get(60, TimeUnit.SECONDS);
    } finally {
      vertx.cancelTimer(timer);
    }
  }
}
