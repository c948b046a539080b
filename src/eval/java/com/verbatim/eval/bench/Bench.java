package com.verbatim.eval.bench;

import com.verbatim.ingest.SampleCorpus;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * The load kit's command: scenarios against the product over {@code /ws}, each beside the ceiling of the same
 * stack on the same machine in the same run ({@link CannedReplyServer}) or beside itself without the
 * disturbance, so every figure is a ratio measured in one run. The servers are child JVMs on loopback; this
 * process is the load ({@link LoadClient}). Prints a table per scenario and writes one JSON summary.
 *
 * <p>Scenarios ({@code scenario=a,b,...}): {@code ratios} (answers/s and p99 of the product over the ceiling:
 * hot question, never-repeated on the sample, never-repeated over BBC; semantic off and on), {@code open-loop},
 * {@code ingest-beside-reads}, {@code flood}, {@code many-sockets}; see each class and the README's "Load
 * testing" for their options. Common options: {@code seconds=15 warmup=5 connections=16 sources=4
 * semantic=off,on data=target/bench out=DATA/summary.json news=../shared/eval/news/articles.jsonl
 * jar=target/verbatim.jar} (default: the class path) {@code jvm="-Xmx2g ..."} (the product's JVM options)
 * {@code subprotocol=verbatim.v1}, and {@code env.VERBATIM_SETTING=value} for any product setting (limits
 * raised or lowered for a run).
 */
public final class Bench {

  static final String HOT = "Who did Blinken meet?";
  static final int LIMIT = 5;

  private static final Set<String> KEYS = Set.of("scenario", "seconds", "warmup", "connections", "sources",
      "semantic", "workloads", "data", "out", "news", "jar", "jvm", "subprotocol", "rate", "questions", "readers",
      "readRate", "bulk", "polite", "floodRead", "floodQuestions", "sockets", "socketSources", "answerWithinMs");

  final Map<String, String> args;
  final Vertx vertx = Vertx.vertx();
  final Path data;
  /** The product's per-socket and per-address limits, raised for the scenarios that measure the answer path. */
  static final Map<String, String> UNLIMITED = Map.of("VERBATIM_WS_ASKS_PER_SECOND", "1000000",
      "VERBATIM_WS_ASK_BURST", "1000000", "VERBATIM_WS_MAX_IN_FLIGHT", "100000",
      "VERBATIM_MAX_CONNECTIONS_PER_IP", "100000");

  /** How each scenario starts its servers; set per scenario (see {@link #limitsFor}). */
  Servers servers;
  private final Map<String, String> env;
  private final Path jar;
  private final List<String> jvm;

  Bench(Map<String, String> args, Map<String, String> env) {
    this.args = args;
    this.env = env;
    this.data = Path.of(arg("data", "target/bench"));
    String jar = arg("jar", "");
    this.jar = jar.isBlank() ? null : Path.of(jar);
    this.jvm = arg("jvm", "").isBlank() ? List.of() : List.of(arg("jvm", "").trim().split("\\s+"));
  }

  /**
   * The product's settings for {@code scenario}: {@code flood} runs with the shipped limits (it measures them);
   * the others measure the answer path, so a socket's rate and in-flight limits and the per-address cap are
   * raised out of the way (19,000 sockets from 8 addresses are ~2,400 per address; a closed loop asks far more
   * than 10 times a second). {@code env.VERBATIM_...} options win over both.
   */
  private Map<String, String> limitsFor(String scenario) {
    Map<String, String> all = new LinkedHashMap<>(scenario.equals("flood") ? Map.of() : UNLIMITED);
    all.putAll(env);
    return all;
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new LinkedHashMap<>();
    Map<String, String> env = new LinkedHashMap<>();
    for (String a : argv) {
      String[] kv = a.split("=", 2);
      if (kv[0].startsWith("env.")) {
        env.put(kv[0].substring(4), kv.length > 1 ? kv[1] : "");
      } else if (KEYS.contains(kv[0])) {
        args.put(kv[0], kv.length > 1 ? kv[1] : "");
      } else {
        throw new IllegalArgumentException("unknown option " + kv[0] + "; known: " + KEYS + " and env.VERBATIM_*");
      }
    }
    Bench bench = new Bench(args, env);
    try {
      bench.run();
    } finally {
      bench.vertx.close().await();
    }
    System.exit(0);
  }

  private void run() throws Exception {
    Files.createDirectories(data);
    System.out.printf(Locale.ROOT, "%d cores, load average %.1f at start; product env overrides %s%n",
        Runtime.getRuntime().availableProcessors(), loadAverage(), env);
    JsonObject summary = new JsonObject().put("cores", Runtime.getRuntime().availableProcessors())
        .put("options", new JsonObject(new LinkedHashMap<>(args)))
        .put("productEnv", new JsonObject(new LinkedHashMap<>(env))).put("loadAverageAtStart", loadAverage());
    for (String scenario : arg("scenario", "ratios").split(",")) {
      servers = new Servers(data, jar, jvm, limitsFor(scenario));
      JsonObject result = switch (scenario) {
        case "ratios" -> new RatioScenario(this).run();
        case "open-loop" -> new OpenLoopScenario(this).run();
        case "ingest-beside-reads" -> new IngestBesideReads(this).run();
        case "flood" -> new FloodScenario(this).run();
        case "many-sockets" -> new ManySockets(this).run();
        default -> throw new IllegalArgumentException("unknown scenario " + scenario);
      };
      summary.put(scenario, result);
    }
    summary.put("loadAverageAtEnd", loadAverage());
    Path out = Path.of(arg("out", data.resolve("summary.json").toString()));
    Files.writeString(out, summary.encodePrettily(), StandardCharsets.UTF_8);
    System.out.println("JSON summary: " + out.toAbsolutePath());
  }

  String arg(String key, String fallback) {
    return args.getOrDefault(key, fallback);
  }

  int intArg(String key, int fallback) {
    return Integer.parseInt(arg(key, String.valueOf(fallback)));
  }

  double doubleArg(String key, double fallback) {
    return Double.parseDouble(arg(key, String.valueOf(fallback)));
  }

  /** Semantic ranking for the scenarios that run once: the first value of {@code semantic}. */
  boolean semantic() {
    return arg("semantic", "off").split(",")[0].equals("on");
  }

  /** {@code connections} sockets from {@code sources} addresses starting at 127.0.0.{@code firstSource}. */
  Target target(int port, int connections, int sources, int firstSource) {
    return new Target(port, connections, sources, firstSource, arg("subprotocol", ""));
  }

  /** Never-repeated questions about the sample articles' names. */
  static LongFunction<String> sampleQuestions() {
    Questions sample = Questions.fromTexts(SampleCorpus.articles().stream()
        .flatMap(a -> Stream.of(a.title(), a.text())).toList(), 2000);
    return sample::question;
  }

  /** The BBC articles (id, title, text, source), or an empty list when the corpus is not there. */
  List<JsonObject> bbcArticles() throws java.io.IOException {
    Path news = Path.of(arg("news", "../shared/eval/news/articles.jsonl"));
    if (!Files.isRegularFile(news)) {
      System.out.println("BBC corpus not found at " + news.toAbsolutePath());
      return List.of();
    }
    return Files.readAllLines(news, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(JsonObject::new)
        .toList();
  }

  /** Never-repeated questions about the names of {@code articles}. */
  static LongFunction<String> questionsAbout(List<JsonObject> articles) {
    List<String> texts = new ArrayList<>();
    articles.forEach(a -> texts.add(a.getString("title")));
    articles.forEach(a -> texts.add(a.getString("text")));
    return Questions.fromTexts(texts, 3000)::question;
  }

  /** Posts {@code articles} in NDJSON bulks of {@code size}. */
  void ingestInBulks(int port, List<JsonObject> articles, int size) throws Exception {
    for (int from = 0; from < articles.size(); from += size) {
      servers.ingest(port, articles.subList(from, Math.min(articles.size(), from + size)));
    }
  }

  /**
   * One answer frame of the product to {@code question}: what the canned server replays, so frames weigh the
   * same. For a stream of questions the longest of the answers to ten of them, so the ceiling does not replay
   * an empty answer.
   */
  String answerFrame(int port, LongFunction<String> question) throws Exception {
    String longest = "";
    try (LoadClient one = LoadClient.connect(vertx, target(port, 1, 1, 1))) {
      for (long n = Long.MAX_VALUE / 2; n < Long.MAX_VALUE / 2 + 10; n++) {
        String frame = one.ask(Questions.frames(question, LIMIT).apply(n));
        longest = frame.length() > longest.length() ? frame : longest;
      }
    }
    return longest;
  }

  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** {@code value} to {@code decimals} places for the summary; null when there is no figure (no answers: NaN). */
  static Double round(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return null;
    }
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  static List<String> list(String csv) {
    return Arrays.asList(csv.split(","));
  }
}
