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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills the real server with SIGKILL at random moments while articles stream in, restarts it on
 * the same data folder, and checks that every acknowledged article is still there and answers.
 */
class CrashDurabilityIT {

  private static final int KILLS_WHILE_INGESTING = 20;
  private static final int KILLS_WHILE_STARTING = 4;
  private static final int WRITERS = 2;

  private static final Logger LOG = LoggerFactory.getLogger(CrashDurabilityIT.class);
  private static ScheduledExecutorService killer;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  /** Acknowledged article id -> its unique word. */
  private final Map<String, String> acked = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();
  private final Random random = new Random();

  @BeforeAll
  static void startKiller() {
    killer = Executors.newSingleThreadScheduledExecutor();
  }

  @AfterAll
  static void stopKiller() {
    killer.shutdownNow();
  }

  @Test
  @DisplayName("no acknowledged article is lost when the server is killed -9 at random moments, 20+ times")
  void acknowledgedArticlesSurviveKillNine(@TempDir Path data) throws Exception {
    int kills = 0;
    for (int cycle = 0; kills < KILLS_WHILE_INGESTING; cycle++) {
      ChildServer child = ChildServer.start(data);
      if (cycle % 6 == 5 && cycle / 6 < KILLS_WHILE_STARTING) {
        // killed while the JVM starts or the index opens: the next start must still open it
        killer.schedule(() -> null, random.nextInt(400), TimeUnit.MILLISECONDS).get();
        child.kill();
        continue;
      }
      int port = child.awaitPort();
      verifyAll(port, child);
      ingestUntilKilled(port, child);
      kills++;
    }
    ChildServer last = ChildServer.start(data);
    try {
      int port = last.awaitPort();
      verifyAll(port, last);
      assertThat(acked).hasSizeGreaterThan(KILLS_WHILE_INGESTING);
      LOG.info("{} kills while ingesting, {} acknowledged articles all present and answering", kills, acked.size());
    } finally {
      last.kill();
    }
  }

  /** Writers post until a kill at a random moment cuts them off; only 2xx replies count as acknowledged. */
  private void ingestUntilKilled(int port, ChildServer child) throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    killer.schedule(() -> {
      child.kill();
      return done.complete(null);
    }, 100 + random.nextInt(700), TimeUnit.MILLISECONDS);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<?>> writers = IntStream.range(0, WRITERS)
        .<Future<?>>mapToObj(w -> pool.submit(() -> writeUntil(port, done, w))).toList();
    done.get(60, TimeUnit.SECONDS);
    for (Future<?> writer : writers) {
      writer.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
  }

  private void writeUntil(int port, CompletableFuture<Void> done, int writer) {
    int round = 0;
    while (!done.isDone()) {
      try {
        if (writer == 1 && round++ % 2 == 0) {
          postBulk(port);
        } else {
          postOne(port);
        }
      } catch (IOException e) {
        return; // the server died under this request: it was not acknowledged
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void postOne(int port) throws IOException, InterruptedException {
    int n = next.getAndIncrement();
    HttpResponse<String> response = http.send(post(port, "application/json", article(n).encode()),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 201) {
      acked.put(new JsonObject(response.body()).getString("id"), word(n));
    }
  }

  private void postBulk(int port) throws IOException, InterruptedException {
    int first = next.getAndAdd(3);
    StringBuilder ndjson = new StringBuilder();
    for (int n = first; n < first + 3; n++) {
      ndjson.append(article(n).encode()).append('\n');
    }
    HttpResponse<String> response = http.send(post(port, "application/x-ndjson", ndjson.toString()),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 200) {
      JsonArray items = new JsonObject(response.body()).getJsonArray("items");
      for (int i = 0; i < items.size(); i++) {
        acked.put(items.getJsonObject(i).getString("id"), word(first + items.getJsonObject(i).getInteger("index")));
      }
    }
  }

  private HttpRequest post(int port, String type, String body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
        .header("Authorization", "Bearer " + ChildServer.TOKEN).header("Content-Type", type)
        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private void verifyAll(int port, ChildServer child) throws Exception {
    for (Map.Entry<String, String> entry : Map.copyOf(acked).entrySet()) {
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
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
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
