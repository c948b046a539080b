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
 * window's polite p99, the server's RSS before and after, the frames the flooder got back (busy, rate-limited,
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
      double ratio = during.p99Ms() / before.p99Ms();
      System.out.printf(Locale.ROOT, "flood (%d polite sockets, flooder reads %s): polite p99 %.2f ms alone, %.2f beside"
              + " the flood (%.2fx), %.2f after; answers/s %.0f / %.0f / %.0f; polite errors beside the flood %s;"
              + " the flooder sent %d asks, got back %s; server RSS %d -> %d MB, alive %s%n",
          polite, read ? "slowly" : "never", before.p99Ms(), during.p99Ms(), ratio, after.p99Ms(),
          before.perSecond(), during.perSecond(), after.perSecond(), during.tally().toJson().getJsonObject("errors"),
          flooded, flooderTally, rssAtStart / 1024, rssDuringFlood / 1024, alive);
      return new JsonObject().put("polite", polite).put("floodRead", read ? "slow" : "never")
          .put("semantic", bench.semantic()).put("before", before.toJson()).put("during", during.toJson())
          .put("after", after.toJson()).put("p99Ratio", Bench.round(ratio, 2)).put("flooderSent", flooded)
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
