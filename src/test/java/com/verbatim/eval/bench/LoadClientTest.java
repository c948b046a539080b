package com.verbatim.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The load kit's smoke test, so it cannot rot: the bench client against the canned-reply server on a real port,
 * a fixed number of asks, and the counts of its summary (no timing is asserted).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoadClientTest {

  private static final LongFunction<String> ASKS = Questions.frames(n -> "Who did Blinken meet?", 5);

  private Vertx vertx;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  private int canned(String frame) {
    CannedReplyServer server = new CannedReplyServer(frame, "127.0.0.1", 0);
    vertx.deployVerticle(server).await();
    return server.actualPort();
  }

  @Test
  @DisplayName("a closed loop over four sockets from two source addresses counts every answer, matched by its id")
  void countsAnswersById() throws Exception {
    int port = canned("{\"type\":\"answer\",\"id\":\"x\",\"sentences\":[],\"tookMs\":0.1}");
    try (LoadClient client = LoadClient.connect(vertx, Target.of(port, 4, 2))) {
      LoadResult result = client.closedLoopFor(ASKS, 200, 50);
      assertThat(result.tally().answers()).isEqualTo(200);
      assertThat(result.latencyMicros().getTotalCount()).isEqualTo(200);
      assertThat(result.tally().unknownIds()).isZero();
      assertThat(result.tally().allErrors()).isZero();
      assertThat(result.toJson().getLong("answers")).isEqualTo(200);
      assertThat(result.sentInWindow()).isGreaterThanOrEqualTo(200);
    }
  }

  @Test
  @DisplayName("busy and rate-limited frames are counted by code, apart from the answers and their latencies")
  void countsErrorFramesApart() throws Exception {
    int busy = canned("{\"type\":\"error\",\"id\":\"x\",\"code\":\"busy\",\"message\":\"one ask at a time\"}");
    try (LoadClient client = LoadClient.connect(vertx, Target.of(busy, 2, 1))) {
      LoadResult result = client.closedLoopFor(ASKS, 50, 50);
      assertThat(result.tally().errors("busy")).isEqualTo(50);
      assertThat(result.tally().answers()).isZero();
      assertThat(result.latencyMicros().getTotalCount()).isZero();
      assertThat(result.toJson().getJsonObject("errors").getLong("busy")).isEqualTo(50);
    }
    int limited = canned("{\"type\":\"error\",\"id\":\"x\",\"code\":\"rate-limited\",\"message\":\"slow down\","
        + "\"retryAfterMs\":1}");
    try (LoadClient client = LoadClient.connect(vertx, Target.of(limited, 2, 1))) {
      LoadResult result = client.closedLoopFor(ASKS, 20, 50);
      assertThat(result.tally().errors("rate-limited")).isEqualTo(20);
      assertThat(result.tally().answers()).isZero();
    }
  }

  @Test
  @DisplayName("an answer whose id was never asked is counted as unknown, not as an answer")
  void countsUnknownIds() throws Exception {
    CannedReplyServer server = new CannedReplyServer("{\"type\":\"answer\",\"id\":\"x\"}", "127.0.0.1", 0);
    assertThat(server.reply("{\"type\":\"ask\",\"id\":\"b7\",\"question\":\"q\"}"))
        .isEqualTo("{\"type\":\"answer\",\"id\":\"b7\"}");
    int port = canned("{\"type\":\"answer\",\"id\":\"x\"}");
    try (LoadClient client = LoadClient.connect(vertx, Target.of(port, 1, 1))) {
      LoadResult result = client.closedLoopFor(n -> "{\"type\":\"ask\",\"id\":\"other" + n + "\"}", 10, 50);
      assertThat(result.tally().unknownIds()).isEqualTo(10);
      assertThat(result.tally().answers()).isZero();
    }
  }

  @Test
  @DisplayName("Reply reads answers without parsing, and errors with their code and retryAfterMs")
  void readsReplies() {
    assertThat(Reply.of("{\"type\":\"answer\",\"id\":\"b1\",\"sentences\":[]}"))
        .isEqualTo(new Reply(Reply.Kind.ANSWER, "b1", null, -1));
    assertThat(Reply.of("{\"id\":\"b2\",\"type\":\"answer\"}")).isEqualTo(new Reply(Reply.Kind.ANSWER, "b2", null, -1));
    assertThat(Reply.of("{\"type\":\"error\",\"id\":\"b3\",\"code\":\"rate-limited\",\"retryAfterMs\":250}"))
        .isEqualTo(new Reply(Reply.Kind.ERROR, "b3", "rate-limited", 250));
    assertThat(Reply.of("not json").code()).isEqualTo("not-json");
    assertThat(Reply.of("[1]").kind()).isEqualTo(Reply.Kind.OTHER);
  }

  @Test
  @DisplayName("an open loop sends exactly the asks it is given, spread over the sockets, and counts every answer")
  void openLoopCountsEveryAnswer() throws Exception {
    int port = canned("{\"type\":\"answer\",\"id\":\"x\",\"sentences\":[],\"tookMs\":0.1}");
    try (LoadClient client = LoadClient.connect(vertx, Target.of(port, 6, 2))) {
      LoadResult result = client.openLoopFor(ASKS, 2000, 300, 50);
      assertThat(result.tally().answers()).isEqualTo(300);
      assertThat(result.latencyMicros().getTotalCount()).isEqualTo(300);
      assertThat(result.sentInWindow()).isEqualTo(300);
      assertThat(result.tally().unknownIds()).isZero();
      assertThat(result.tally().allErrors()).isZero();
      assertThat(result.inFlightAtEnd()).isZero();
    }
  }

  @Test
  @DisplayName("the sockets are spread over the event loops, one loop each while there are as many")
  void socketsOnSeveralEventLoops() {
    int port = canned("{\"type\":\"answer\",\"id\":\"x\"}");
    try (LoadClient client = LoadClient.connect(vertx, Target.of(port, 16, 4))) {
      assertThat(client.eventLoopThreads()).isEqualTo(Math.min(16, VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE));
    }
    try (LoadClient client = LoadClient.connect(vertx, Target.of(port, 1, 1))) {
      assertThat(client.eventLoopThreads()).isEqualTo(1);
    }
  }
}
