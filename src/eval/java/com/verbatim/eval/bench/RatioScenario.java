package com.verbatim.eval.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * {@code scenario=ratios} (what {@code SocketBenchmark} measured): closed-loop answers/s and p50/p99 of the
 * product, then of the canned server replaying one of the product's own answer frames under the same load,
 * for each workload ({@code workloads=hot,sample,bbc}: one hot question on the sample; never-repeated questions
 * on the sample; never-repeated over BBC) and each {@code semantic} value. The BBC index is kept in
 * {@code DATA/bbc} between runs (the first run ingests it and, for semantic ranking, waits for its vectors).
 */
final class RatioScenario {

  private final Bench bench;
  private final JsonArray runs = new JsonArray();

  RatioScenario(Bench bench) {
    this.bench = bench;
  }

  JsonObject run() throws Exception {
    List<String> workloads = Bench.list(bench.arg("workloads", "hot,sample,bbc"));
    System.out.printf(Locale.ROOT, "ratios: %d connections from %d loopback addresses, %s s warm-up + %s s measured%n",
        connections(), bench.intArg("sources", 4), bench.arg("warmup", "5"), bench.arg("seconds", "15"));
    System.out.println("| workload | semantic | product answers/s | ceiling answers/s | ratio | product p50 / p99 ms"
        + " | ceiling p50 / p99 ms | p99 ratio | answer bytes | cache hit ratio |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    warmUpClient();
    for (String semantic : Bench.list(bench.arg("semantic", "off,on"))) {
      boolean on = semantic.equals("on");
      if (workloads.contains("hot") || workloads.contains("sample")) {
        try (Servers.Product product = bench.servers.product("sample", Files.createTempDirectory(bench.data, "sample-"),
            on, true)) {
          if (workloads.contains("hot")) {
            measure(product, "hot question, sample", on, n -> Bench.HOT);
          }
          if (workloads.contains("sample")) {
            measure(product, "never-repeated, sample", on, Bench.sampleQuestions());
          }
        }
      }
      List<JsonObject> articles = workloads.contains("bbc") ? bench.bbcArticles() : List.of();
      if (!articles.isEmpty()) {
        try (Servers.Product product = bench.servers.product("bbc", bench.data.resolve("bbc"), on, false)) {
          if (bench.servers.stats(product.port()).getLong("articles") == 0) {
            System.out.println("ingesting " + articles.size() + " BBC articles (kept in " + bench.data.resolve("bbc") + ")");
            bench.ingestInBulks(product.port(), articles, 500);
          }
          if (on) {
            bench.servers.awaitVectors(product.port());
          }
          measure(product, "never-repeated, BBC", on, Bench.questionsAbout(articles));
        }
      }
    }
    return new JsonObject().put("connections", connections()).put("sources", bench.intArg("sources", 4))
        .put("runs", runs);
  }

  private int connections() {
    return bench.intArg("connections", 16);
  }

  /** Warms this JVM's client code up (JIT) against a canned server, so the first measured run is not its warm-up. */
  private void warmUpClient() throws Exception {
    try (Servers.Canned canned = bench.servers.canned("{\"type\":\"answer\",\"id\":\"\",\"sentences\":[]}");
        LoadClient client = LoadClient.connect(bench.vertx, bench.target(canned.port(), connections(),
            bench.intArg("sources", 4), 1))) {
      client.closedLoop(Questions.frames(n -> Bench.HOT, Bench.LIMIT), 5, bench.doubleArg("warmup", 5));
    }
  }

  /** The product, then the canned server with one of the product's own answer frames, under the same load. */
  private void measure(Servers.Product product, String workload, boolean semantic, LongFunction<String> question)
      throws Exception {
    LongFunction<String> frames = Questions.frames(question, Bench.LIMIT);
    String frame = bench.answerFrame(product.port(), question);
    LoadResult real = closedLoop(product.port(), frames);
    JsonObject cache = bench.servers.stats(product.port()).getJsonObject("answerCache", new JsonObject());
    LoadResult ceiling;
    try (Servers.Canned canned = bench.servers.canned(frame)) {
      ceiling = closedLoop(canned.port(), frames);
    }
    double ratio = real.perSecond() / ceiling.perSecond();
    double p99Ratio = real.p99Ms() / ceiling.p99Ms();
    System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.3f | %.2f / %.2f | %.2f / %.2f | %.1fx | %d | %.3f |%n",
        workload, semantic ? "on" : "off", real.perSecond(), ceiling.perSecond(), ratio, real.p50Ms(), real.p99Ms(),
        ceiling.p50Ms(), ceiling.p99Ms(), p99Ratio, frame.length(), cache.getDouble("hitRatio", 0.0));
    if (real.tally().allErrors() > 0) {
      System.out.println("  (error frames from the product in the measured window: " + real.tally().toJson() + ")");
    }
    runs.add(new JsonObject().put("workload", workload).put("semantic", semantic).put("product", real.toJson())
        .put("ceiling", ceiling.toJson()).put("throughputRatio", Bench.round(ratio, 3))
        .put("p99Ratio", Bench.round(p99Ratio, 2)).put("answerBytes", frame.length()).put("answerCache", cache));
  }

  private LoadResult closedLoop(int port, LongFunction<String> frames) throws Exception {
    try (LoadClient client = LoadClient.connect(bench.vertx, bench.target(port, connections(),
        bench.intArg("sources", 4), 1))) {
      return client.closedLoop(frames, bench.doubleArg("warmup", 5), bench.doubleArg("seconds", 15));
    }
  }
}
