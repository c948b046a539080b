package com.verbatim.eval.bench;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * {@code scenario=flood} (issue 11: the polite readers' p99 within 2x with and without a flood): {@code polite=20}
 * closed-loop sockets from 127.0.0.1 to .4 ask never-repeated sample questions ({@code questions=hot} for the
 * hot one) alone, then beside one flooding socket from 127.0.0.200 that writes asks as fast as its socket
 * takes them ({@code floodQuestions=sample}, or {@code hot}) and never reads ({@code floodRead=never}) or reads
 * a frame every 100 ms ({@code floodRead=slow}), then alone again after the flooder closed. Reports each
 * window's polite p99 and answers/s (the ratios: beside the flood over the better of the windows alone, after a
 * warm-up that is thrown away), the server's RSS before and during the flood, the frames the flooder got back (busy, rate-limited,
 * ...) and how the server closed it, if it did.
 */
final class FloodScenario {

  private final Bench bench;

  FloodScenario(Bench bench) {
    this.bench = bench;
  }

  JsonObject run() throws Exception {
    int polite = bench.intArg("polite", 20);
    double warmUp = bench.doubleArg("warmup", 5);
    double seconds = bench.doubleArg("seconds", 15);
    LongFunction<String> sample = Bench.sampleQuestions();
    LongFunction<String> politeFrames = Questions.frames(
        bench.arg("questions", "sample").equals("hot") ? n -> Bench.HOT : sample, Bench.LIMIT);
    LongFunction<String> floodFrames = Questions.frames(
        bench.arg("floodQuestions", "sample").equals("hot") ? n -> Bench.HOT : sample,
        Bench.LIMIT);
    boolean read = bench.arg("floodRead", "never").equals("slow");
    try (Servers.Product product = bench.servers.product("flood", Files.createTempDirectory(bench.data, "flood-"),
        bench.semantic(), true)) {
      politeWindow(product, polite, politeFrames, warmUp, warmUp); // the product's code compiled before the baseline
      long rssAtStart = product.jvm().rssKb();
      LoadResult before = politeWindow(product, polite, politeFrames, warmUp, seconds);
      LoadClient flooder = LoadClient.connect(bench.vertx, bench.target(product.port(), 1, 1, 200));
      LoadResult during;
      long rssDuringFlood;
      long flooded;
      JsonObject flooderTally;
      try {
        flooder.flood(floodFrames, read);
        during = politeWindow(product, polite, politeFrames, warmUp, seconds);
        rssDuringFlood = product.jvm().rssKb();
        flooded = flooder.sent();
        flooderTally = flooder.tally().toJson();
      } finally {
        flooder.close();
      }
      LoadResult after = politeWindow(product, polite, politeFrames, warmUp, seconds);
      boolean alive = product.jvm().process().isAlive();
      double baseline = Math.min(before.p99Ms(), after.p99Ms());
      double ratio = during.p99Ms() / baseline;
      double throughput = during.perSecond() / Math.max(before.perSecond(), after.perSecond());
      System.out.printf(Locale.ROOT, "flood (%d polite sockets, flooder reads %s): polite p99 %.2f ms alone, %.2f beside"
              + " the flood, %.2f after: %.2fx the lower; answers/s %.0f / %.0f / %.0f (%.3f of the higher);"
              + " polite errors beside the flood %s; the flooder sent %d asks, got back %s; server RSS %d -> %d MB,"
              + " alive %s%n",
          polite, read ? "slowly" : "never", before.p99Ms(), during.p99Ms(), after.p99Ms(), ratio,
          before.perSecond(), during.perSecond(), after.perSecond(), throughput,
          during.tally().toJson().getJsonObject("errors"), flooded, flooderTally, rssAtStart / 1024,
          rssDuringFlood / 1024, alive);
      return new JsonObject().put("polite", polite).put("floodRead", read ? "slow" : "never")
          .put("semantic", bench.semantic()).put("before", before.toJson()).put("during", during.toJson())
          .put("after", after.toJson()).put("p99Ratio", Bench.round(ratio, 2))
          .put("throughputRatio", Bench.round(throughput, 3)).put("flooderSent", flooded)
          .put("flooder", flooderTally).put("serverRssKbAtStart", rssAtStart)
          .put("serverRssKbDuringFlood", rssDuringFlood).put("serverAlive", alive);
    }
  }

  private LoadResult politeWindow(Servers.Product product, int polite, LongFunction<String> frames,
      double warmUp, double seconds) throws Exception {
    try (LoadClient client = LoadClient.connect(bench.vertx, bench.target(product.port(), polite, 4, 1))) {
      return client.closedLoop(frames, warmUp, seconds);
    }
  }
}
