package com.verbatim.eval.bench;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;

/**
 * {@code scenario=ingest-beside-reads} (issue 10: readers' p99 at most 2x with a bulk ingest beside them): the
 * product starts empty and takes the first half of the BBC corpus; {@code readers=20} sockets then ask
 * never-repeated BBC questions in an open loop at {@code readRate} asks/s (default: 30% of what they reach in
 * a closed loop, measured first) alone for {@code seconds}; then for as long as the second half takes to post
 * beside them (NDJSON bulks of {@code bulk=100}, one after the other, admin token); then alone again on the
 * whole corpus. The ratio is the
 * p99 beside the ingest over the p99 alone on the whole corpus: the index beside the ingest is between the half
 * and the whole, and the last window has the warmest JIT (the first one is reported too).
 */
final class IngestBesideReads {

  private final Bench bench;

  IngestBesideReads(Bench bench) {
    this.bench = bench;
  }

  JsonObject run() throws Exception {
    List<JsonObject> articles = bench.bbcArticles();
    if (articles.isEmpty()) {
      return new JsonObject().put("skipped", "no BBC corpus");
    }
    int readers = bench.intArg("readers", 20);
    int bulk = bench.intArg("bulk", 100);
    double warmUp = bench.doubleArg("warmup", 5);
    double seconds = bench.doubleArg("seconds", 15);
    List<JsonObject> first = articles.subList(0, articles.size() / 2);
    List<JsonObject> second = articles.subList(articles.size() / 2, articles.size());
    LongFunction<String> frames = Questions.frames(Bench.questionsAbout(articles), Bench.LIMIT);
    try (Servers.Product product = bench.servers.product("ingest-beside-reads",
        Files.createTempDirectory(bench.data, "ingest-"), bench.semantic(), false)) {
      bench.ingestInBulks(product.port(), first, 500);
      if (bench.semantic()) {
        bench.servers.awaitVectors(product.port());
      }
      read(product, readers, frames, -1, warmUp, warmUp); // the search code compiled before anything is measured
      double rate = bench.args.containsKey("readRate") ? bench.doubleArg("readRate", 0)
          : 0.3 * read(product, readers, frames, -1, warmUp, seconds).perSecond();
      LoadResult alone = read(product, readers, frames, rate, warmUp, seconds);
      long started = System.nanoTime();
      CompletableFuture<Void> ingest = CompletableFuture.runAsync(() -> {
        try {
          bench.ingestInBulks(product.port(), second, bulk);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      LoadResult beside;
      try (LoadClient client = LoadClient.connect(bench.vertx, bench.target(product.port(), readers, 4, 1))) {
        beside = client.openLoopUntil(frames, rate, 0, ingest);
      }
      double ingestSeconds = (System.nanoTime() - started) / 1e9;
      LoadResult afterwards = read(product, readers, frames, rate, warmUp, seconds);
      double ratio = beside.p99Ms() / afterwards.p99Ms();
      System.out.printf(Locale.ROOT, "ingest-beside-reads (%d readers at %.1f asks/s, semantic %s): p99 %.1f ms on half"
              + " the corpus, %.1f beside the ingest of %d articles (%.1f s), %.1f on all of"
              + " it: %.2fx the last; answers/s %.1f / %.1f / %.1f; errors beside %s%n",
          readers, rate, bench.semantic() ? "on" : "off", alone.p99Ms(), beside.p99Ms(), second.size(), ingestSeconds,
          afterwards.p99Ms(), ratio, alone.perSecond(), beside.perSecond(), afterwards.perSecond(),
          beside.tally().toJson().getJsonObject("errors"));
      return new JsonObject().put("readers", readers).put("readRate", Bench.round(rate, 1))
          .put("semantic", bench.semantic()).put("bulk", bulk).put("articlesIngestedBeside", second.size())
          .put("ingestSeconds", Bench.round(ingestSeconds, 1)).put("alone", alone.toJson())
          .put("besideIngest", beside.toJson()).put("afterwards", afterwards.toJson())
          .put("p99Ratio", Bench.round(ratio, 2));
    }
  }

  /** One window of readers: open loop at {@code rate}, or closed loop when {@code rate} is negative. */
  private LoadResult read(Servers.Product product, int readers, LongFunction<String> frames, double rate,
      double warmUp, double seconds) throws Exception {
    try (LoadClient client = LoadClient.connect(bench.vertx, bench.target(product.port(), readers, 4, 1))) {
      return rate < 0 ? client.closedLoop(frames, warmUp, seconds) : client.openLoop(frames, rate, warmUp, seconds);
    }
  }
}
