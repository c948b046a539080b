package com.verbatim.eval.bulk;

import com.verbatim.MainVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Bulk ingest throughput through the real server (HTTP, validation, dedup, Lucene with group
 * commit), fetching excluded: starts Verbatim in-process on port 0 over a fresh data folder and
 * POSTs the BBC corpus as NDJSON batches; then, each on another fresh folder, the first articles one
 * POST at a time (the baseline) and as single POSTs {@value #IN_FLIGHT} at a time (which the index
 * writes under shared group commits). Reports articles/s and MB/s of text (title + body, UTF-8).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.verbatim.eval.bulk.BulkBenchmark \
 *     -Dexec.args="[articles.jsonl] [batch size] [single-POST articles]"</pre>
 */
public final class BulkBenchmark {

  private static final String TOKEN = "bulk-benchmark-token-0123456789";
  private static final int IN_FLIGHT = 16;

  private BulkBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/eval/news/articles.jsonl");
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int singles = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    List<JsonObject> articles = Files.readAllLines(corpus, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).map(JsonObject::new)
        .map(a -> new JsonObject().put("title", a.getString("title")).put("text", a.getString("text"))
            .put("source", a.getString("source")))
        .toList();
    Vertx vertx = Vertx.vertx();
    try {
      List<JsonObject> first = articles.subList(0, Math.min(singles, articles.size()));
      Result bulk = run(vertx, articles, batch);
      Result single = run(vertx, first, 1);
      Result concurrent = run(vertx, first, -IN_FLIGHT);
      System.out.printf("Corpus: %s, %d articles, %.2f MB of text%n", corpus, articles.size(), mb(articles));
      System.out.printf("%-28s %8s %10s %10s %10s%n", "mode", "articles", "seconds", "articles/s", "MB/s");
      bulk.print("bulk NDJSON, batch " + batch);
      single.print("one POST per article");
      concurrent.print(IN_FLIGHT + " single POSTs in flight");
      System.out.printf("Bulk / single throughput: %.1fx; %d in flight / single: %.1fx%n",
          bulk.perSecond() / single.perSecond(), IN_FLIGHT, concurrent.perSecond() / single.perSecond());
    } finally {
      vertx.close().await();
    }
  }

  private record Result(int articles, double seconds, double megabytes, long stored) {
    double perSecond() {
      return articles / seconds;
    }

    void print(String mode) {
      System.out.printf("%-28s %8d %10.2f %10.1f %10.2f   (stored or unchanged: %d)%n", mode, articles, seconds,
          perSecond(), megabytes / seconds, stored);
    }
  }

  /** {@code batch} > 1: NDJSON batches; 1: one POST at a time; -k: single POSTs, k at a time. */
  private static Result run(Vertx vertx, List<JsonObject> articles, int batch) throws IOException {
    Path data = Files.createTempDirectory("verbatim-bench");
    MainVerticle main = new MainVerticle();
    JsonObject config = new JsonObject()
        .put("http", new JsonObject().put("host", "127.0.0.1").put("port", 0).put("adminToken", TOKEN)
            .put("maxBodyBytes", 64L * 1024 * 1024))
        .put("index", new JsonObject().put("dataDir", data.toString()))
        .put("ingest", new JsonObject().put("samples", false));
    String id = vertx.deployVerticle(main, new DeploymentOptions().setConfig(config)).await();
    WebClient client = WebClient.create(vertx);
    long stored = 0;
    long start = System.nanoTime();
    try {
      int step = Math.abs(batch);
      for (int from = 0; from < articles.size(); from += step) {
        List<JsonObject> chunk = articles.subList(from, Math.min(articles.size(), from + step));
        stored += batch == 1 ? postOne(client, main.httpPort(), chunk.get(0))
            : batch < 0 ? postEach(client, main.httpPort(), chunk) : postBatch(client, main.httpPort(), chunk);
      }
      return new Result(articles.size(), (System.nanoTime() - start) / 1e9, mb(articles), stored);
    } finally {
      client.close();
      vertx.undeploy(id).await();
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static long postOne(WebClient client, int port, JsonObject article) {
    HttpResponse<Buffer> r = client.post(port, "127.0.0.1", "/api/articles").putHeader("Authorization", "Bearer " + TOKEN)
        .sendJsonObject(article).await();
    if (r.statusCode() >= 300) {
      throw new IllegalStateException("POST failed: " + r.statusCode() + " " + r.bodyAsString());
    }
    return 1;
  }

  private static long postEach(WebClient client, int port, List<JsonObject> chunk) {
    List<Future<HttpResponse<Buffer>>> posts = chunk.stream().map(a -> client.post(port, "127.0.0.1", "/api/articles")
        .putHeader("Authorization", "Bearer " + TOKEN).sendJsonObject(a)).toList();
    Future.all(posts).await();
    posts.forEach(p -> {
      if (p.result().statusCode() >= 300) {
        throw new IllegalStateException("POST failed: " + p.result().statusCode() + " " + p.result().bodyAsString());
      }
    });
    return posts.size();
  }

  private static long postBatch(WebClient client, int port, List<JsonObject> chunk) {
    Buffer body = Buffer.buffer();
    chunk.forEach(a -> body.appendString(a.encode()).appendString("\n"));
    HttpResponse<Buffer> r = client.post(port, "127.0.0.1", "/api/articles").putHeader("Authorization", "Bearer " + TOKEN)
        .putHeader("Content-Type", "application/x-ndjson").sendBuffer(body).await();
    if (r.statusCode() != 200) {
      throw new IllegalStateException("bulk POST failed: " + r.statusCode() + " " + r.bodyAsString());
    }
    return r.bodyAsJsonObject().getLong("stored");
  }

  private static double mb(List<JsonObject> articles) {
    return articles.stream().mapToLong(a -> (a.getString("title") + a.getString("text"))
        .getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
  }
}
