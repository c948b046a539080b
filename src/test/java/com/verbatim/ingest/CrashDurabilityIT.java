package com.verbatim.ingest;

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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills the real server with SIGKILL while articles stream in, restarts it on the same data folder,
 * and checks that every acknowledged article is still there and answers.
 *
 * <p>Kills are placed by events, not by the clock, so a slow or busy machine changes how long the
 * test takes but not what it proves: an ingest-cycle kill comes right after the child's
 * {@code target}-th acknowledged article since its start, where {@code target} is at least 1 and
 * drawn from a seeded {@link Random}. The seed is logged; {@code -Dcrash.seed=N} replays its choices.
 */
@Timeout(600)
class CrashDurabilityIT {

  private static final int KILLS_WHILE_INGESTING = 20;
  private static final int KILLS_WHILE_STARTING = 4;
  private static final int WRITERS = 2;
  /** After the first acknowledgement of a cycle, up to this many more before the kill. */
  private static final int MAX_EXTRA_ACKS = 12;
  /** A start-up kill comes when the index is open, or earlier, at up to this many ms after spawn. */
  private static final int MAX_STARTUP_KILL_MS = 1500;
  private static final String INDEX_OPENED = "Opened SentenceIndex";
  /** Generous bounds for a slow, busy machine; reaching one means something hangs, not that it is slow. */
  private static final Duration START_LIMIT = Duration.ofSeconds(120);
  private static final Duration ACKS_LIMIT = Duration.ofSeconds(180);
  private static final Duration REQUEST_LIMIT = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(CrashDurabilityIT.class);
  private final long seed = Long.getLong("crash.seed", ThreadLocalRandom.current().nextLong());
  private final Random random = new Random(seed);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
  /** Acknowledged article id -> its unique word. */
  private final Map<String, String> acked = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();
  /** Requests that were under way when their server was killed: the kills that cut a write short. */
  private final AtomicInteger cutShort = new AtomicInteger();
  /** Set just before each ingest-cycle kill, so a writer can tell a request the kill cut from a later one. */
  private final AtomicBoolean killing = new AtomicBoolean();
  /** The last reply that was not an acknowledgement, for the message when acknowledgements never come. */
  private final AtomicReference<String> lastRefusal = new AtomicReference<>("none");
  private ChildServer child;
  /** Where the time goes, for the summary line: it is logged, never asserted. */
  private long startingNanos;
  private long writingNanos;
  private long verifyingNanos;
  private ExecutorService writerPool;

  @AfterEach
  void stopChild() throws InterruptedException {
    if (writerPool != null) {
      writerPool.shutdownNow();
    }
    if (child != null) {
      child.kill();
    }
  }

  @Test
  @DisplayName("no acknowledged article is lost when the server is killed -9 while writing, 20+ times")
  void acknowledgedArticlesSurviveKillNine(@TempDir Path data) throws Exception {
    LOG.info("Crash test seed {} (replay with -Dcrash.seed={})", seed, seed);
    try {
      killRepeatedly(data);
    } catch (Exception | AssertionError e) {
      LOG.error("Crash test failed with seed {} (replay with -Dcrash.seed={})", seed, seed);
      throw e;
    }
  }

  private void killRepeatedly(Path data) throws Exception {
    int kills = 0;
    int startupKills = 0;
    Map<String, String> unverified = Map.of();
    for (int cycle = 0; kills < KILLS_WHILE_INGESTING || startupKills < KILLS_WHILE_STARTING; cycle++) {
      long t0 = System.nanoTime();
      child = ChildServer.start(data);
      if (cycle % 6 == 5 && startupKills < KILLS_WHILE_STARTING) {
        killWhileStarting();
        startupKills++;
        startingNanos += System.nanoTime() - t0;
        continue;
      }
      int port = child.awaitPort(START_LIMIT);
      long t1 = System.nanoTime();
      verify(port, unverified);
      long t2 = System.nanoTime();
      Map<String, String> before = Map.copyOf(acked);
      ingestUntilKilled(port, 1 + random.nextInt(MAX_EXTRA_ACKS + 1));
      unverified = newSince(before);
      kills++;
      startingNanos += t1 - t0;
      verifyingNanos += t2 - t1;
      writingNanos += System.nanoTime() - t2;
    }
    long t0 = System.nanoTime();
    child = ChildServer.start(data);
    int port = child.awaitPort(START_LIMIT);
    long t1 = System.nanoTime();
    verify(port, Map.copyOf(acked));
    startingNanos += t1 - t0;
    verifyingNanos += System.nanoTime() - t1;
    child.kill();
    assertThat(acked).hasSizeGreaterThanOrEqualTo(KILLS_WHILE_INGESTING);
    LOG.info("{} kills while ingesting ({} cut a request short), {} while starting; {} acknowledged articles all "
        + "present and answering. Seconds spent starting {}, writing {}, verifying {}", kills, cutShort.get(),
        startupKills, acked.size(), startingNanos / 1_000_000_000, writingNanos / 1_000_000_000,
        verifyingNanos / 1_000_000_000);
  }

  /**
   * Kills the child before it listens: when it has opened the index, or at a seeded moment before that;
   * on a slow machine both come at the same point of start-up, and nothing waits for a write.
   */
  private void killWhileStarting() throws Exception {
    long delayMs = random.nextInt(MAX_STARTUP_KILL_MS);
    CompletableFuture<Void> moment = child.logged(INDEX_OPENED)
        .applyToEither(CompletableFuture.runAsync(() -> { },
            CompletableFuture.delayedExecutor(delayMs, TimeUnit.MILLISECONDS)), v -> null);
    moment.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
    child.kill();
  }

  /**
   * Writers post until the child has acknowledged {@code target} articles since its start, then it is
   * killed while they keep writing. Only 2xx replies count as acknowledged.
   */
  private void ingestUntilKilled(int port, int target) throws Exception {
    AtomicInteger cycleAcks = new AtomicInteger();
    CompletableFuture<Void> reached = new CompletableFuture<>();
    CompletableFuture<Void> killed = new CompletableFuture<>();
    killing.set(false);
    writerPool = Executors.newFixedThreadPool(WRITERS);
    List<Future<?>> writers = IntStream.range(0, WRITERS).<Future<?>>mapToObj(w -> writerPool.submit(() -> {
      try {
        writeUntil(port, w, killed, acks -> {
          if (cycleAcks.addAndGet(acks) >= target) {
            reached.complete(null);
          }
        });
      } catch (RuntimeException e) {
        reached.completeExceptionally(e);
        throw e;
      }
      return null;
    })).toList();
    // a child that dies on its own ends the wait at once, with its log
    child.exited().thenRun(() -> reached.completeExceptionally(
        new IllegalStateException("child exited before it was killed")));
    try {
      reached.get(ACKS_LIMIT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError(cycleAcks.get() + " of " + target + " acknowledgements within " + ACKS_LIMIT
          + "; last refusal: " + lastRefusal.get() + "; child log:\n" + child.log(), e);
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause().getMessage() + "; child log:\n" + child.log(), e);
    }
    killing.set(true);
    child.kill();
    killed.complete(null);
    for (Future<?> writer : writers) {
      writer.get(REQUEST_LIMIT.toSeconds() * 2, TimeUnit.SECONDS);
    }
    writerPool.shutdown();
    writerPool = null;
  }

  private void writeUntil(int port, int writer, CompletableFuture<Void> killed,
      IntConsumer onAcks) throws InterruptedException {
    int round = 0;
    while (!killed.isDone()) {
      boolean startedBeforeKill = !killing.get();
      try {
        onAcks.accept(writer == 1 && round++ % 2 == 0 ? postBulk(port) : postOne(port));
      } catch (IOException e) {
        // not acknowledged: the kill cut this request, the child died on its own (the cycle fails
        // with its log), or the request timed out on a busy machine and the next one is tried
        if (killing.get()) {
          if (startedBeforeKill) {
            cutShort.incrementAndGet();
          }
          return;
        }
        if (!child.isAlive()) {
          return;
        }
      }
    }
  }

  /** Posts one article; returns how many were acknowledged (0 or 1). */
  private int postOne(int port) throws IOException, InterruptedException {
    int n = next.getAndIncrement();
    HttpResponse<String> response = http.send(post(port, "application/json", article(n).encode()),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      lastRefusal.set(response.statusCode() + " " + response.body());
      return 0;
    }
    acked.put(new JsonObject(response.body()).getString("id"), word(n));
    return 1;
  }

  /** Posts three articles as NDJSON; returns how many were acknowledged. */
  private int postBulk(int port) throws IOException, InterruptedException {
    int first = next.getAndAdd(3);
    StringBuilder ndjson = new StringBuilder();
    for (int n = first; n < first + 3; n++) {
      ndjson.append(article(n).encode()).append('\n');
    }
    HttpResponse<String> response = http.send(post(port, "application/x-ndjson", ndjson.toString()),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      lastRefusal.set(response.statusCode() + " " + response.body());
      return 0;
    }
    JsonArray items = new JsonObject(response.body()).getJsonArray("items");
    int stored = 0;
    for (int i = 0; i < items.size(); i++) {
      JsonObject item = items.getJsonObject(i);
      if (item.getString("id") != null && item.getString("code") == null) {
        acked.put(item.getString("id"), word(first + item.getInteger("index")));
        stored++;
      }
    }
    return stored;
  }

  private HttpRequest post(int port, String type, String body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
        .header("Authorization", "Bearer " + ChildServer.TOKEN).header("Content-Type", type)
        .timeout(REQUEST_LIMIT).POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private Map<String, String> newSince(Map<String, String> before) {
    return acked.entrySet().stream().filter(e -> !before.containsKey(e.getKey()))
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Each article is readable and a question scoped to it is answered from it. */
  private void verify(int port, Map<String, String> articles) throws Exception {
    for (Map.Entry<String, String> entry : articles.entrySet()) {
      String id = entry.getKey();
      HttpResponse<String> article = get(port, "/api/articles/" + id);
      assertThat(article.statusCode()).as("acknowledged article %s after restart; log:%n%s", id, child.log())
          .isEqualTo(200);
      String q = URLEncoder.encode("Which committee did " + entry.getValue() + " join?", StandardCharsets.UTF_8);
      JsonObject answer = new JsonObject(get(port, "/api/ask?q=" + q + "&article=" + id).body());
      assertThat(answer.getJsonArray("sentences").stream().map(JsonObject.class::cast)
          .map(s -> s.getJsonObject("citation").getString("articleId")))
          .as("a sentence of %s answers", id).contains(id);
    }
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(REQUEST_LIMIT).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject article(int n) {
    String word = word(n);
    return new JsonObject().put("title", "Crash test story " + n).put("source", "Crash Wire")
        .put("text", "Councillor " + word + " joined the harbour committee on Tuesday. "
            + "The vote was close, officials said. Story number " + n + " ends here.");
  }

  /** A made-up surname unique to article {@code n}: letters only, so it is one searchable token. */
  static String word(int n) {
    StringBuilder s = new StringBuilder("Zor");
    int v = n;
    do {
      s.append((char) ('a' + v % 26));
      v /= 26;
    } while (v > 0);
    return s.append("ix").toString();
  }
}
