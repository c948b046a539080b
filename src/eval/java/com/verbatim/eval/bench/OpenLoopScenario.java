package com.verbatim.eval.bench;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * {@code scenario=open-loop} (issue 10: the product's p99 at most 2x the ceiling's at the same rate): the
 * ceiling's maximum rate is measured first (closed loop, {@code connections} sockets), then asks arrive at a
 * fixed rate ({@code rate=}, by default half that maximum) on the ceiling and on the product, and the p99 of
 * each is taken from the time each ask was due. Both are first warmed up in a closed loop, so neither starts its
 * open loop with a backlog left by a cold JIT. {@code questions=hot} (the default: one hot question on the
 * sample) or {@code questions=sample} (never-repeated; give a {@code rate} the product can serve, the
 * ceiling's half is far beyond it). When the ceiling itself falls behind the rate, the client could not hold
 * it (above a few thousand asks/s on a loaded 2-core machine): the summary says so ({@code ceilingKeptUp}).
 */
final class OpenLoopScenario {

  private final Bench bench;

  OpenLoopScenario(Bench bench) {
    this.bench = bench;
  }

  JsonObject run() throws Exception {
    int connections = bench.intArg("connections", 16);
    int sources = bench.intArg("sources", 4);
    double warmUp = bench.doubleArg("warmup", 5);
    double seconds = bench.doubleArg("seconds", 15);
    String which = bench.arg("questions", "hot");
    LongFunction<String> question = which.equals("hot") ? n -> Bench.HOT : Bench.sampleQuestions();
    LongFunction<String> frames = Questions.frames(question, Bench.LIMIT);
    try (Servers.Product product = bench.servers.product("open-loop", Files.createTempDirectory(bench.data, "open-"),
        bench.semantic(), true)) {
      String frame = bench.answerFrame(product.port(), question);
      LoadResult max;
      LoadResult ceiling;
      double rate;
      try (Servers.Canned canned = bench.servers.canned(frame)) {
        try (LoadClient client = LoadClient.connect(bench.vertx, bench.target(canned.port(), connections, sources, 1))) {
          client.closedLoop(frames, warmUp, warmUp); // this JVM's client code and the ceiling's, compiled
        }
        try (LoadClient client = LoadClient.connect(bench.vertx, bench.target(canned.port(), connections, sources, 1))) {
          max = client.closedLoop(frames, warmUp, seconds);
        }
        rate = bench.args.containsKey("rate") ? bench.doubleArg("rate", 0) : max.perSecond() / 2;
        try (LoadClient client = LoadClient.connect(bench.vertx, bench.target(canned.port(), connections, sources, 1))) {
          ceiling = client.openLoop(frames, rate, warmUp, seconds);
        }
      }
      LoadResult real;
      try (LoadClient client = LoadClient.connect(bench.vertx, bench.target(product.port(), connections, sources, 1))) {
        client.closedLoop(frames, warmUp, warmUp); // the product's code compiled too, so no backlog from a cold start
      }
      try (LoadClient client = LoadClient.connect(bench.vertx, bench.target(product.port(), connections, sources, 1))) {
        real = client.openLoop(frames, rate, warmUp, seconds);
      }
      double p99Ratio = real.p99Ms() / ceiling.p99Ms();
      boolean keptUp = ceiling.perSecond() >= 0.95 * rate && ceiling.inFlightAtEnd() < rate;
      if (!keptUp) {
        System.out.printf(Locale.ROOT, "open-loop: the ceiling answered %.0f of %.0f asks/s: the load client could not"
            + " hold this rate here, so the p99 ratio says nothing; give a lower rate=%n", ceiling.perSecond(), rate);
      }
      System.out.printf(Locale.ROOT, "open-loop (%s, semantic %s): ceiling max %.0f answers/s closed-loop; at %.0f asks/s"
              + " the ceiling answered %.0f/s, p50 %.2f p99 %.2f ms; the product %.0f/s, p50 %.2f p99 %.2f ms"
              + " (%d in flight at the end, errors %s): p99 ratio %.2fx%n",
          which, bench.semantic() ? "on" : "off", max.perSecond(), rate, ceiling.perSecond(), ceiling.p50Ms(),
          ceiling.p99Ms(), real.perSecond(), real.p50Ms(), real.p99Ms(), real.inFlightAtEnd(),
          real.tally().toJson().getJsonObject("errors"), p99Ratio);
      return new JsonObject().put("questions", which).put("semantic", bench.semantic())
          .put("connections", connections).put("ceilingMaxClosedLoop", max.toJson()).put("ratePerSecond", Bench.round(rate, 1))
          .put("ceiling", ceiling.toJson()).put("product", real.toJson()).put("p99Ratio", Bench.round(p99Ratio, 2)).put("ceilingKeptUp", keptUp);
    }
  }
}
