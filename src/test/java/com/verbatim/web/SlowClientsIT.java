package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.AskClient;
import com.verbatim.support.RawWebSocket;
import com.verbatim.support.TestApp;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A client that floods asks and never reads, beside polite clients, on the whole product. */
@ExtendWith(VertxExtension.class)
@DisplayName("A client that never reads")
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class SlowClientsIT {

  private static final Logger LOG = LoggerFactory.getLogger(SlowClientsIT.class);
  private static final int POLITE = 20;
  private static final int ASKS_EACH = 5;
  private static final List<String> QUESTIONS = List.of("Who did Blinken meet?", "When did Blinken arrive?",
      "What is the most important issue for China?", "Where did Blinken go?", "Why did Blinken visit China?");

  @TempDir
  static Path data;
  private static final TestApp app = new TestApp();

  @BeforeAll
  static void start(Vertx vertx) throws Exception {
    // no rate limit: the flood is stopped by back-pressure and the in-flight limit alone
    await(app.start(vertx, TestApp.config(data, Map.of("VERBATIM_SEMANTIC", "false",
        "VERBATIM_WS_ASKS_PER_SECOND", "1000000", "VERBATIM_WS_ASK_BURST", "1000000",
        "VERBATIM_WS_DRAIN_TIMEOUT_MS", "1000"))));
  }

  @AfterAll
  static void stop(Vertx vertx) throws Exception {
    await(app.stop(vertx));
  }

  @Test
  @DisplayName("20 polite clients keep getting answers while one client floods asks without reading; it is closed 1013")
  void floodWithoutReading(Vertx vertx) throws Exception {
    politeRound(vertx); // warm up: the first round pays for class loading and the answer cache
    long baseline = p99(politeRound(vertx));
    RawWebSocket flood = RawWebSocket.open(app.port(), 60_000, 4096);
    CompletableFuture<IOException> flooding = CompletableFuture.supplyAsync(() -> floodUntilClosed(flood));
    List<Long> during = politeRound(vertx);
    waitFor(vertx, () -> app.limitCounters().closedWith(1013) > 0);
    assertThat(flood.readToEnd()).as("the server closed the flooding connection").isTrue();
    IOException ended = flooding.get(120, TimeUnit.SECONDS);
    flood.close();
    assertThat(ended).as("the flood's writes fail once the connection is closed").isNotNull();
    assertThat(app.limitCounters().get(LimitCounters.Event.ASK_BUSY)).isPositive();
    LOG.info("Polite clients' p99: {} ms alone, {} ms beside the flood (ratio {})", baseline / 1_000_000,
        p99(during) / 1_000_000, String.format("%.1f", (double) p99(during) / Math.max(1, baseline)));
    assertThat(p99(politeRound(vertx))).as("served after the flood").isPositive();
  }

  /** Writes asks until the server closes the connection; never reads. */
  private static IOException floodUntilClosed(RawWebSocket flood) {
    ByteArrayOutputStream batch = new ByteArrayOutputStream();
    String id = "f".repeat(190); // echoed in every error frame: unread replies pile up fast
    byte[] ask = new JsonObject().put("type", "ask").put("id", id).put("question", "Who did Blinken meet?").encode()
        .getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 100; i++) {
      batch.writeBytes(RawWebSocket.frame(true, 0, RawWebSocket.TEXT, ask));
    }
    byte[] bytes = batch.toByteArray();
    try {
      while (true) {
        flood.write(bytes);
      }
    } catch (IOException closed) {
      return closed;
    }
  }

  /** Every polite client asks its questions one after another; the latency of each ask, in nanoseconds. */
  private static List<Long> politeRound(Vertx vertx) throws Exception {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<Future<Void>> clients = new ArrayList<>();
    for (int c = 0; c < POLITE; c++) {
      int client = c;
      clients.add(AskClient.connect(vertx, app.port()).compose(ask -> {
        Future<Void> chain = Future.succeededFuture();
        for (int i = 0; i < ASKS_EACH; i++) {
          String question = QUESTIONS.get((client + i) % QUESTIONS.size());
          String id = client + "-" + i;
          chain = chain.compose(v -> {
            long started = System.nanoTime();
            return ask.ask(id, question, 3).map(answer -> {
              assertThat(answer.getString("type")).as(answer.encode()).isEqualTo("answer");
              assertThat(answer.getString("id")).isEqualTo(id);
              latencies.add(System.nanoTime() - started);
              return null;
            });
          });
        }
        return chain.eventually(ask::close);
      }));
    }
    await(Future.all(clients));
    assertThat(latencies).hasSize(POLITE * ASKS_EACH);
    return latencies;
  }

  private static long p99(List<Long> latencies) {
    List<Long> sorted = latencies.stream().sorted().toList();
    return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
  }

  /** Waits for what the server does on its own thread, checked on a Vert.x timer; the test's timeout bounds it. */
  private static void waitFor(Vertx vertx, java.util.function.BooleanSupplier condition) throws Exception {
    CompletableFuture<Void> met = new CompletableFuture<>();
    long timer = vertx.setPeriodic(1, 10, id -> {
      if (condition.getAsBoolean()) {
        met.complete(null);
      }
    });
    try {
      met.get(180, TimeUnit.SECONDS);
    } finally {
      vertx.cancelTimer(timer);
    }
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
  }
}
