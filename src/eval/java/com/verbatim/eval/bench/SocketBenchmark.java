package com.verbatim.eval.bench;

import com.verbatim.ingest.SampleCorpus;
import com.verbatim.model.NewArticle;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Answers per second and p50/p99 latency of the product over {@code /ws}, beside the ceiling of the same
 * stack on the same machine in the same run: {@link CannedReplyServer}, which answers every ask at once with
 * a real answer frame of the same size. Both servers run as child JVMs on loopback; this process is the
 * load ({@link ClosedLoopClient}). Workloads: one hot question on the sample; never-repeated questions on
 * the sample; never-repeated questions over the BBC corpus; each with semantic ranking off and on.
 *
 * <p>Arguments ({@code key=value}): {@code seconds=15}, {@code warmup=5}, {@code connections=16},
 * {@code sources=4} (127.0.0.1 to .4), {@code semantic=off,on}, {@code workloads=hot,sample,bbc},
 * {@code news=../shared/eval/news/articles.jsonl}, {@code data=target/bench} (the BBC index is kept there
 * between runs), {@code out=target/bench/summary.json}. Prints a table and writes the JSON summary.
 */
public final class SocketBenchmark {

  private static final String HOT = "Who did Blinken meet?";
  private static final String TOKEN = "socket-benchmark-token-0123456789abcdef";
  private static final int LIMIT = 5;

  private final Map<String, String> args;
  private final Vertx vertx = Vertx.vertx();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final JsonArray runs = new JsonArray();
  private final Path data;

  private SocketBenchmark(Map<String, String> args) {
    this.args = args;
    this.data = Path.of(arg("data", "target/bench"));
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = Arrays.stream(argv).map(a -> a.split("=", 2))
        .collect(Collectors.toMap(kv -> kv[0], kv -> kv.length > 1 ? kv[1] : "", (a, b) -> b, LinkedHashMap::new));
    SocketBenchmark bench = new SocketBenchmark(args);
    try {
      bench.run();
    } finally {
      bench.vertx.close().await();
    }
    System.exit(0);
  }

  private String arg(String key, String fallback) {
    return args.getOrDefault(key, fallback);
  }

  private int intArg(String key, int fallback) {
    return Integer.parseInt(arg(key, String.valueOf(fallback)));
  }

  private void run() throws Exception {
    Files.createDirectories(data);
    List<String> workloads = List.of(arg("workloads", "hot,sample,bbc").split(","));
    Path news = Path.of(arg("news", "../shared/eval/news/articles.jsonl"));
    System.out.printf(Locale.ROOT, "%d cores, %d connections from %d loopback addresses, %s s warm-up + %s s measured"
            + " per run, load average %.1f at start%n", Runtime.getRuntime().availableProcessors(),
        intArg("connections", 16), intArg("sources", 4), arg("warmup", "5"), arg("seconds", "15"), loadAverage());
    System.out.println("| workload | semantic | product answers/s | ceiling answers/s | ratio | product p50 / p99 ms"
        + " | ceiling p50 / p99 ms | p99 ratio | answer bytes | cache hit ratio |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    warmUpClient();
    for (String semantic : arg("semantic", "off,on").split(",")) {
      boolean on = semantic.equals("on");
      if (workloads.contains("hot") || workloads.contains("sample")) {
        Questions sample = Questions.fromTexts(SampleCorpus.articles().stream()
            .flatMap(a -> java.util.stream.Stream.of(a.title(), a.text())).toList(), 2000);
        try (Product product = start("sample", on, Files.createTempDirectory(data, "sample-"), true)) {
          if (workloads.contains("hot")) {
            measure(product, "hot question, sample", on, n -> HOT);
          }
          if (workloads.contains("sample")) {
            measure(product, "never-repeated, sample", on, sample::question);
          }
        }
      }
      if (workloads.contains("bbc") && Files.isRegularFile(news)) {
        List<JsonObject> articles = Files.readAllLines(news, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank()).map(JsonObject::new).toList();
        List<String> texts = new ArrayList<>();
        articles.forEach(a -> texts.add(a.getString("title")));
        articles.forEach(a -> texts.add(a.getString("text")));
        Questions bbc = Questions.fromTexts(texts, 3000);
        try (Product product = start("bbc", on, data.resolve("bbc"), false)) {
          ensureIngested(product, articles);
          if (on) {
            awaitVectors(product);
          }
          measure(product, "never-repeated, BBC", on, bbc::question);
        }
      } else if (workloads.contains("bbc")) {
        System.out.println("BBC corpus not found at " + news.toAbsolutePath() + "; skipped");
      }
    }
    JsonObject summary = new JsonObject().put("cores", Runtime.getRuntime().availableProcessors())
        .put("connections", intArg("connections", 16)).put("sources", intArg("sources", 4))
        .put("warmUpSeconds", Double.parseDouble(arg("warmup", "5"))).put("seconds", Double.parseDouble(arg("seconds", "15")))
        .put("loadAverageAtEnd", loadAverage()).put("runs", runs);
    Path out = Path.of(arg("out", data.resolve("summary.json").toString()));
    Files.writeString(out, summary.encodePrettily(), StandardCharsets.UTF_8);
    System.out.println("JSON summary: " + out.toAbsolutePath());
  }

  /** Warms this JVM's client code up (JIT) against a canned server, so the first measured run is not its warm-up. */
  private void warmUpClient() throws Exception {
    Path frameFile = Files.writeString(data.resolve("canned-frame.json"), "{\"type\":\"answer\",\"sentences\":[]}");
    try (Child canned = Child.start(data.resolve("canned.log"), Map.of(), CannedReplyServer.class.getName(),
        frameFile.toString(), String.valueOf(freePort()))) {
      canned.awaitLine("listening ");
      new ClosedLoopClient(vertx, intArg("connections", 16), intArg("sources", 4))
          .run(canned.port(), Questions.frames(n -> HOT, LIMIT), 5, Double.parseDouble(arg("warmup", "5")), f -> { });
    }
  }

  /** The product, then the canned server with one of the product's own answer frames, under the same load. */
  private void measure(Product product, String workload, boolean semantic, LongFunction<String> question)
      throws Exception {
    ClosedLoopClient client = new ClosedLoopClient(vertx, intArg("connections", 16), intArg("sources", 4));
    double warmUp = Double.parseDouble(arg("warmup", "5"));
    double seconds = Double.parseDouble(arg("seconds", "15"));
    String[] frame = new String[1];
    ClosedLoopClient.Result real = client.run(product.port, Questions.frames(question, LIMIT), warmUp, seconds,
        f -> frame[0] = f);
    JsonObject cache = stats(product).getJsonObject("answerCache", new JsonObject());
    Path frameFile = Files.writeString(data.resolve("canned-frame.json"), frame[0] == null ? "{}" : frame[0]);
    ClosedLoopClient.Result ceiling;
    try (Child canned = Child.start(data.resolve("canned.log"), Map.of(), CannedReplyServer.class.getName(),
        frameFile.toString(), String.valueOf(freePort()))) {
      canned.awaitLine("listening ");
      ceiling = client.run(canned.port(), Questions.frames(question, LIMIT), warmUp, seconds, f -> { });
    }
    double ratio = real.perSecond() / ceiling.perSecond();
    double p99Ratio = real.p99Ms() / ceiling.p99Ms();
    System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.3f | %.2f / %.2f | %.2f / %.2f | %.1fx | %d | %.3f |%n",
        workload, semantic ? "on" : "off", real.perSecond(), ceiling.perSecond(), ratio, real.p50Ms(), real.p99Ms(),
        ceiling.p50Ms(), ceiling.p99Ms(), p99Ratio, real.bytesPerAnswer(), cache.getDouble("hitRatio", 0.0));
    if (real.errors() > 0) {
      System.out.println("  (" + real.errors() + " error frames from the product in the measured window)");
    }
    runs.add(new JsonObject().put("workload", workload).put("semantic", semantic).put("product", real.toJson())
        .put("ceiling", ceiling.toJson()).put("throughputRatio", Math.round(ratio * 1000) / 1000.0)
        .put("p99Ratio", Math.round(p99Ratio * 100) / 100.0).put("answerCache", cache));
  }

  private Product start(String name, boolean semantic, Path dir, boolean samples) throws Exception {
    int port = freePort();
    Map<String, String> env = Map.of("VERBATIM_HTTP_PORT", String.valueOf(port), "VERBATIM_HTTP_HOST", "127.0.0.1",
        "VERBATIM_DATA_DIR", dir.toString(), "VERBATIM_SAMPLES", String.valueOf(samples),
        "VERBATIM_SEMANTIC", String.valueOf(semantic), "VERBATIM_ADMIN_TOKEN", TOKEN,
        "VERBATIM_MAX_BODY_BYTES", String.valueOf(64 * 1024 * 1024));
    Child child = Child.start(data.resolve(name + "-" + (semantic ? "semantic" : "lexical") + ".log"), env,
        "com.verbatim.Main");
    Product product = new Product(child, port);
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!healthy(port)) {
      if (System.nanoTime() > deadline || !child.process().isAlive()) {
        product.close();
        throw new IllegalStateException("the product did not start; see " + child.log());
      }
      Thread.sleep(100);
    }
    return product;
  }

  private boolean healthy(int port) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private JsonObject stats(Product product) throws Exception {
    return new JsonObject(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + product.port
        + "/api/stats")).build(), HttpResponse.BodyHandlers.ofString()).body());
  }

  /** Posts the BBC articles as NDJSON bulks of 500, unless the kept index already holds them. */
  private void ensureIngested(Product product, List<JsonObject> articles) throws Exception {
    if (stats(product).getLong("articles") > 0) {
      return;
    }
    System.out.println("ingesting " + articles.size() + " BBC articles (kept in " + data.resolve("bbc") + ")");
    for (int from = 0; from < articles.size(); from += 500) {
      String body = articles.subList(from, Math.min(articles.size(), from + 500)).stream()
          .map(a -> new JsonObject().put("title", a.getString("title")).put("text", a.getString("text"))
              .put("source", a.getString("source")).encode())
          .collect(Collectors.joining("\n"));
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + product.port
              + "/api/articles")).header("Authorization", "Bearer " + TOKEN)
          .header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(10))
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("bulk ingest failed: " + response.statusCode() + " " + response.body());
      }
    }
  }

  /** Waits until every stored sentence has its vector, so semantic ranking runs on all of them. */
  private void awaitVectors(Product product) throws Exception {
    long last = -1;
    while (true) {
      long pending = stats(product).getLong("vectorsPending", 0L);
      if (pending == 0) {
        return;
      }
      if (last < 0 || last - pending >= 5000) {
        System.out.println("waiting for " + pending + " sentence vectors");
        last = pending;
      }
      Thread.sleep(2000);
    }
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private record Product(Child child, int port) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      child.close();
    }
  }

  /** A child JVM on this process's class path, its output in a log file. */
  private record Child(Process process, Path log, int port) implements AutoCloseable {

    static Child start(Path log, Map<String, String> env, String mainClass, String... args) throws IOException {
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", classPath(), mainClass));
      command.addAll(List.of(args));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().putAll(env);
      int port = args.length > 1 ? Integer.parseInt(args[1]) : -1;
      return new Child(builder.start(), log, port);
    }

    void awaitLine(String prefix) throws Exception {
      long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
      while (Files.readAllLines(log).stream().noneMatch(l -> l.startsWith(prefix))) {
        if (System.nanoTime() > deadline || !process.isAlive()) {
          throw new IllegalStateException("no '" + prefix + "' in " + log);
        }
        Thread.sleep(50);
      }
    }

    @Override
    public void close() throws Exception {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }

    /** The class path this benchmark runs on: exec:java's class loader's, else the JVM's. */
    private static String classPath() {
      if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
        return Arrays.stream(loader.getURLs()).map(SocketBenchmark::file).collect(Collectors.joining(File.pathSeparator));
      }
      return System.getProperty("java.class.path");
    }
  }

  private static String file(URL url) {
    try {
      return Path.of(url.toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(url.toString(), e);
    }
  }
}
