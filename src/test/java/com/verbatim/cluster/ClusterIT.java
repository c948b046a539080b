package com.verbatim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes in three JVMs on loopback, started once; the scenarios run in order on the same cluster: a write
 * on one node reaches the others, a node killed with SIGKILL during a stream of writes loses none of the
 * acknowledged ones and catches up when it comes back, and a fresh node joins and answers like the others.
 * Waits are on events: a node's log line for its port, its {@code /api/stats} reaching a log sequence.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ClusterIT {

  private static final Duration START_LIMIT = Duration.ofSeconds(180);
  private static final Duration SYNC_LIMIT = Duration.ofSeconds(120);
  private static final int ACKS_BEFORE_KILL = 10;
  private static final int ACKS_AFTER_KILL = 30;

  private Path data;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
  private final List<NodeProcess> nodes = new ArrayList<>();
  private final Map<NodeProcess, Integer> httpPorts = new ConcurrentHashMap<>();
  private String members;
  private NodeProcess a;
  private NodeProcess b;
  private NodeProcess c;

  @BeforeAll
  void startThreeNodes(@TempDir Path dir) throws Exception {
    data = dir;
    int[] ports = {NodeProcess.freePort(), NodeProcess.freePort(), NodeProcess.freePort()};
    members = "127.0.0.1:" + ports[0] + ",127.0.0.1:" + ports[1] + ",127.0.0.1:" + ports[2];
    a = start("A", ports[0]);
    b = start("B", ports[1]);
    c = start("C", ports[2]);
    for (NodeProcess node : List.of(a, b, c)) {
      awaitPort(node);
    }
  }

  @AfterAll
  void killAll() throws InterruptedException {
    for (NodeProcess node : nodes) {
      node.kill();
    }
  }

  @Test
  @Order(1)
  @DisplayName("an article ingested on A is answered by B and C")
  void ingestOnAIsAnsweredByBAndC() throws Exception {
    HttpResponse<String> created = post(a, article("Pier sold", "The old Brighton pier was sold to a Dutch investor on"
        + " Monday. The council approved the sale after a long debate."));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long seq = applied(a);
    for (NodeProcess node : List.of(b, c)) {
      awaitApplied(node, seq);
      assertThat(quotes(node, "Who bought the Brighton pier?"))
          .contains("The old Brighton pier was sold to a Dutch investor on Monday.");
    }
  }

  @Test
  @Order(2)
  @DisplayName("an article deleted on C disappears on A")
  void deleteOnCDisappearsOnA() throws Exception {
    HttpResponse<String> created = post(c, article("Ferry cancelled", "The night ferry to Jersey was cancelled on"
        + " Friday because of the storm. Passengers were offered refunds."));
    String id = new JsonObject(created.body()).getString("id");
    awaitApplied(a, applied(c));
    assertThat(get(a, "/api/articles/" + id).statusCode()).isEqualTo(200);

    HttpResponse<String> deleted = send(c, HttpRequest.newBuilder(uri(c, "/api/articles/" + id)).DELETE());
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    awaitApplied(a, applied(c));
    assertThat(get(a, "/api/articles/" + id).statusCode()).isEqualTo(404);
    assertThat(quotes(a, "Why was the night ferry to Jersey cancelled?"))
        .doesNotContain("The night ferry to Jersey was cancelled on Friday because of the storm.");
  }

  @Test
  @Order(3)
  @DisplayName("B killed -9 during a stream of writes on A: every acknowledged article is on A, C and, once back, B")
  void killNineDuringIngestLosesNothing() throws Exception {
    Map<String, String> acked = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch beforeKill = new CountDownLatch(ACKS_BEFORE_KILL);
    CountDownLatch afterKill = new CountDownLatch(ACKS_BEFORE_KILL + ACKS_AFTER_KILL);
    ExecutorService writers = Executors.newFixedThreadPool(2);
    try {
      for (int w = 0; w < 2; w++) {
        writers.submit(() -> {
          while (!stop.get()) {
            int n = next.getAndIncrement();
            String word = word(n);
            try {
              HttpResponse<String> r = post(a, article("Harbour report " + n, "Harbour " + word + " reopened after"
                  + " repairs costing " + n + " thousand pounds. Fishermen in " + word + " welcomed the news."));
              if (r.statusCode() == 201) {
                acked.put(new JsonObject(r.body()).getString("id"), word);
                beforeKill.countDown();
                afterKill.countDown();
              } else {
                refused.incrementAndGet();
              }
            } catch (IOException e) {
              refused.incrementAndGet();
            }
          }
          return null;
        });
      }
      assertThat(beforeKill.await(SYNC_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("first acknowledgements").isTrue();
      b.kill();
      assertThat(afterKill.await(SYNC_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("acknowledgements after the kill")
          .isTrue();
    } finally {
      stop.set(true);
      writers.shutdown();
      assertThat(writers.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
    }
    long seq = applied(a);
    awaitApplied(c, seq);
    assertAllThere(acked, a);
    assertAllThere(acked, c);

    b = start("B", b.clusterPort);
    awaitPort(b);
    awaitApplied(b, seq);
    assertAllThere(acked, b);
    assertThat(articles(b)).isEqualTo(articles(a)).isEqualTo(articles(c));
  }

  @Test
  @Order(4)
  @DisplayName("a fresh node D joins, catches up from the log and answers like the others once caught up")
  void freshNodeJoins() throws Exception {
    NodeProcess d = start("D", NodeProcess.freePort());
    awaitPort(d);
    awaitApplied(d, applied(a));
    assertThat(stats(d).getJsonObject("cluster").getBoolean("caughtUp")).isTrue();
    assertThat(stats(d).getInteger("sentences")).isEqualTo(stats(a).getInteger("sentences"));
    assertThat(articles(d)).isEqualTo(articles(a));
    for (String question : List.of("Who bought the Brighton pier?", "Which harbour reopened after repairs?")) {
      assertThat(quotes(d, question)).isEqualTo(quotes(a, question)).isNotEmpty();
    }
    JsonArray table = stats(d).getJsonObject("cluster").getJsonArray("nodes");
    assertThat(table.stream().map(JsonObject.class::cast).filter(n -> n.getBoolean("member")).count()).isEqualTo(4);
  }

  @Test
  @Order(5)
  @DisplayName("after the whole cluster stops, the first node back keeps its index and the next copies it")
  void wholeClusterRestart() throws Exception {
    for (NodeProcess node : nodes) {
      node.kill();
    }
    a = start("A", a.clusterPort);
    awaitPort(a);
    awaitApplied(a, -1);
    int kept = articles(a);
    assertThat(kept).isGreaterThan(ACKS_BEFORE_KILL + ACKS_AFTER_KILL);
    HttpResponse<String> created = post(a, article("Bridge reopened", "The Severn bridge reopened on Sunday after"
        + " three weeks of repairs. Drivers queued for an hour."));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    c = start("C", c.clusterPort);
    awaitPort(c);
    awaitApplied(c, applied(a));
    assertThat(c.log()).contains("copying a peer's index first");
    assertThat(articles(c)).isEqualTo(articles(a)).isEqualTo(kept + 1);
    assertThat(quotes(c, "When did the Severn bridge reopen?"))
        .contains("The Severn bridge reopened on Sunday after three weeks of repairs.");
  }

  private NodeProcess start(String name, int clusterPort) throws IOException {
    Path dir = data.resolve(name);
    Files.createDirectories(dir);
    NodeProcess node = NodeProcess.start(name, dir, clusterPort, members, Map.of());
    nodes.add(node);
    return node;
  }

  private void awaitPort(NodeProcess node) throws InterruptedException {
    httpPorts.put(node, node.awaitPort(START_LIMIT));
  }

  private static String word(int n) {
    StringBuilder word = new StringBuilder("qx");
    for (int i = n; i > 0 || word.length() == 2; i /= 26) {
      word.append((char) ('a' + i % 26));
    }
    return word.toString();
  }

  private void assertAllThere(Map<String, String> acked, NodeProcess node) throws Exception {
    List<String> missing = new ArrayList<>();
    for (String id : acked.keySet()) {
      if (get(node, "/api/articles/" + id).statusCode() != 200) {
        missing.add(id);
      }
    }
    assertThat(missing).as("acknowledged articles missing on " + node.name + " of " + acked.size()).isEmpty();
  }

  /**
   * Reads the node's {@code /api/stats} until it has applied {@code seq} and caught up, within the limit: again
   * each time the node prints a line (it logs every slice of the log it applies, and catching up).
   */
  private void awaitApplied(NodeProcess node, long seq) throws Exception {
    long deadline = System.nanoTime() + SYNC_LIMIT.toNanos();
    JsonObject cluster = null;
    long lines = node.lines();
    while (System.nanoTime() < deadline) {
      cluster = stats(node).getJsonObject("cluster");
      if (cluster.getLong("applied") >= seq && cluster.getBoolean("caughtUp")) {
        return;
      }
      lines = node.awaitLineAfter(lines, deadline);
    }
    throw new AssertionError("node " + node.name + " did not apply " + seq + " within " + SYNC_LIMIT + ": " + cluster
        + "\n" + node.log());
  }

  private long applied(NodeProcess node) throws Exception {
    return stats(node).getJsonObject("cluster").getLong("applied");
  }

  private int articles(NodeProcess node) throws Exception {
    return stats(node).getInteger("articles");
  }

  private JsonObject stats(NodeProcess node) throws Exception {
    HttpResponse<String> r = get(node, "/api/stats");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return new JsonObject(r.body());
  }

  private List<String> quotes(NodeProcess node, String question) throws Exception {
    HttpResponse<String> r = get(node, "/api/ask?limit=5&q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return new JsonObject(r.body()).getJsonArray("sentences").stream()
        .map(s -> ((JsonObject) s).getString("text")).toList();
  }

  private static String article(String title, String text) {
    return new JsonObject().put("title", title).put("text", text).encode();
  }

  private HttpResponse<String> post(NodeProcess node, String json) throws IOException, InterruptedException {
    return send(node, HttpRequest.newBuilder(uri(node, "/api/articles"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> get(NodeProcess node, String path) throws IOException, InterruptedException {
    return send(node, HttpRequest.newBuilder(uri(node, path)).GET());
  }

  private HttpResponse<String> send(NodeProcess node, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.header("Authorization", "Bearer " + NodeProcess.TOKEN)
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(NodeProcess node, String path) {
    return URI.create("http://127.0.0.1:" + httpPorts.get(node) + path);
  }
}
