package com.verbatim.eval.bench;

import com.verbatim.ingest.SampleCorpus;
import io.vertx.core.Vertx;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What clustering costs and what a new node waits for, on this machine. Part 1: answers per second over
 * {@code /ws} from one closed-loop client ({@link ClosedLoopClient}, the same connections in total) spread
 * evenly over 1, 2 and 3 cluster nodes, beside one plain node (no cluster manager) in the same run: on one
 * machine the nodes share its cores, so the figures show the coordination overhead, not the scaling. Part 2:
 * the BBC corpus is bulk-ingested into a one-node cluster, then a fresh node joins and the time until it has
 * caught up with the log is measured (and its index compared with the first node's).
 *
 * <p>Arguments ({@code key=value}): {@code seconds=15}, {@code warmup=5}, {@code connections=12}, {@code sources=4},
 * {@code nodes=single,1,2,3}, {@code workloads=hot,sample}, {@code catchup=true},
 * {@code news=../shared/eval/news/articles.jsonl}, {@code data=target/cluster-bench}.
 */
public final class ClusterBenchmark {

  private static final String HOT = "Who did Blinken meet?";
  private static final String TOKEN = "cluster-benchmark-token-0123456789abcdef";

  private final Map<String, String> args;
  private final Vertx vertx = Vertx.vertx();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Path data;
  private int runs;

  private ClusterBenchmark(Map<String, String> args) {
    this.args = args;
    this.data = Path.of(arg("data", "target/cluster-bench"));
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = Arrays.stream(argv).map(a -> a.split("=", 2))
        .collect(Collectors.toMap(kv -> kv[0], kv -> kv.length > 1 ? kv[1] : "", (a, b) -> b, LinkedHashMap::new));
    ClusterBenchmark bench = new ClusterBenchmark(args);
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

  private void run() throws Exception {
    Files.createDirectories(data);
    int connections = Integer.parseInt(arg("connections", "12"));
    System.out.printf(Locale.ROOT, "%d cores, %d connections from %s loopback addresses, %s s warm-up + %s s measured,"
            + " load average %.1f at start%n", Runtime.getRuntime().availableProcessors(), connections,
        arg("sources", "4"), arg("warmup", "5"), arg("seconds", "15"), loadAverage());
    Questions sample = Questions.fromTexts(SampleCorpus.articles().stream()
        .flatMap(a -> Stream.of(a.title(), a.text())).toList(), 2000);
    Map<String, LongFunction<String>> workloads = new LinkedHashMap<>();
    for (String w : arg("workloads", "hot,sample").split(",")) {
      workloads.put(w, w.equals("hot") ? n -> HOT : sample::question);
    }
    System.out.println("| nodes | workload | answers/s | ratio to one plain node | p50 / p99 ms (worst node) | errors |");
    System.out.println("|---|---|---|---|---|---|");
    Map<String, Double> baseline = new LinkedHashMap<>();
    for (String nodes : arg("nodes", "single,1,2,3").split(",")) {
      List<Node> started = startNodes(nodes);
      try {
        for (Map.Entry<String, LongFunction<String>> w : workloads.entrySet()) {
          measure(nodes, started, w.getKey(), w.getValue(), connections, baseline);
        }
      } finally {
        for (Node node : started) {
          node.close();
        }
      }
    }
    if (Boolean.parseBoolean(arg("catchup", "true"))) {
      catchUp();
    }
  }

  private void measure(String nodes, List<Node> started, String workload, LongFunction<String> question,
      int connections, Map<String, Double> baseline) throws Exception {
    double warmUp = Double.parseDouble(arg("warmup", "5"));
    double seconds = Double.parseDouble(arg("seconds", "15"));
    int sources = Integer.parseInt(arg("sources", "4"));
    ExecutorService pool = Executors.newFixedThreadPool(started.size());
    List<Future<LoadResult>> results = new ArrayList<>();
    for (int i = 0; i < started.size(); i++) {
      int share = connections / started.size() + (i < connections % started.size() ? 1 : 0);
      Target target = Target.of(started.get(i).port, share, Math.min(sources, share));
      results.add(pool.submit(() -> {
        try (LoadClient client = LoadClient.connect(vertx, target)) {
          return client.closedLoop(Questions.frames(question, 5), warmUp, seconds);
        }
      }));
    }
    double perSecond = 0;
    double p50 = 0;
    double p99 = 0;
    long errors = 0;
    for (Future<LoadResult> f : results) {
      LoadResult r = f.get();
      perSecond += r.perSecond();
      p50 = Math.max(p50, r.p50Ms());
      p99 = Math.max(p99, r.p99Ms());
      errors += r.tally().allErrors();
    }
    pool.shutdown();
    if (nodes.equals("single")) {
      baseline.put(workload, perSecond);
    }
    double base = baseline.getOrDefault(workload, Double.NaN);
    System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.2f | %.2f / %.2f | %d |%n",
        nodes.equals("single") ? "1, plain (no cluster)" : nodes + " in a cluster", workload, perSecond,
        perSecond / base, p50, p99, errors);
  }

  /** A plain node, or {@code n} cluster nodes, fresh, with the sample corpus, each caught up. */
  private List<Node> startNodes(String nodes) throws Exception {
    boolean cluster = !nodes.equals("single");
    int count = cluster ? Integer.parseInt(nodes) : 1;
    List<Integer> clusterPorts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      clusterPorts.add(freePort());
    }
    String members = clusterPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    List<Node> started = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      started.add(startNode(cluster, clusterPorts.get(i), members, true));
    }
    for (Node node : started) {
      node.awaitReady(cluster);
    }
    return started;
  }

  private Node startNode(boolean cluster, int clusterPort, String members, boolean samples) throws Exception {
    int port = freePort();
    Path dir = Files.createTempDirectory(data, "node-");
    Map<String, String> env = new LinkedHashMap<>(Map.of("VERBATIM_HTTP_PORT", String.valueOf(port),
        "VERBATIM_HTTP_HOST", "127.0.0.1", "VERBATIM_DATA_DIR", dir.toString(), "VERBATIM_SAMPLES",
        String.valueOf(samples), "VERBATIM_SEMANTIC", "false", "VERBATIM_ADMIN_TOKEN", TOKEN,
        "VERBATIM_MAX_BODY_BYTES", String.valueOf(64 * 1024 * 1024)));
    // the answer path is measured, not the per-socket limits (as Bench does for every scenario but flood)
    env.putAll(Bench.UNLIMITED);
    if (cluster) {
      env.putAll(Map.of("VERBATIM_CLUSTER", "true", "VERBATIM_CLUSTER_HOST", "127.0.0.1",
          "VERBATIM_CLUSTER_PORT", String.valueOf(clusterPort), "VERBATIM_CLUSTER_MEMBERS", members));
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", classPath(), "com.verbatim.Main"));
    Path log = data.resolve("node-" + (++runs) + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    return new Node(builder.start(), port, log, System.nanoTime());
  }

  /**
   * The BBC corpus bulk-ingested into a one-node cluster (timed), then a fresh node started: the time from its
   * spawn to serving HTTP, and to having caught up with the log.
   */
  private void catchUp() throws Exception {
    Path news = Path.of(arg("news", "../shared/eval/news/articles.jsonl"));
    if (!Files.isRegularFile(news)) {
      System.out.println("BBC corpus not found at " + news.toAbsolutePath() + "; catch-up skipped");
      return;
    }
    List<JsonObject> articles = Files.readAllLines(news, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).map(JsonObject::new).toList();
    int firstPort = freePort();
    int secondPort = freePort();
    String members = "127.0.0.1:" + firstPort + ",127.0.0.1:" + secondPort;
    Node first = startNode(true, firstPort, members, false);
    Node second = null;
    try {
      first.awaitReady(true);
      long t0 = System.nanoTime();
      ingest(first, articles);
      double ingestSeconds = (System.nanoTime() - t0) / 1e9;
      JsonObject stats = first.stats();
      long tail = stats.getJsonObject("cluster").getLong("applied");
      second = startNode(true, secondPort, members, false);
      second.awaitHttp();
      double httpSeconds = (System.nanoTime() - second.spawned) / 1e9;
      second.awaitApplied(tail);
      double caughtUpSeconds = (System.nanoTime() - second.spawned) / 1e9;
      JsonObject joined = second.stats();
      System.out.printf(Locale.ROOT, "%nBBC catch-up: %d articles, %d log entries; bulk ingest into the first node"
              + " %.1f s; the new node: serving HTTP after %.1f s, caught up after %.1f s (%.2fx the ingest);"
              + " articles %d / %d, sentences %d / %d (new node / first node)%n",
          articles.size(), tail + 1, ingestSeconds, httpSeconds, caughtUpSeconds, caughtUpSeconds / ingestSeconds,
          joined.getLong("articles"), stats.getLong("articles"), joined.getLong("sentences"), stats.getLong("sentences"));
    } finally {
      first.close();
      if (second != null) {
        second.close();
      }
    }
  }

  private void ingest(Node node, List<JsonObject> articles) throws Exception {
    for (int from = 0; from < articles.size(); from += 500) {
      String body = articles.subList(from, Math.min(articles.size(), from + 500)).stream()
          .map(a -> new JsonObject().put("title", a.getString("title")).put("text", a.getString("text"))
              .put("source", a.getString("source")).encode())
          .collect(Collectors.joining("\n"));
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port
              + "/api/articles")).header("Authorization", "Bearer " + TOKEN)
          .header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(10))
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("bulk ingest failed: " + response.statusCode() + " " + response.body());
      }
    }
  }

  private final class Node implements AutoCloseable {
    final Process process;
    final int port;
    final Path log;
    final long spawned;

    Node(Process process, int port, Path log, long spawned) {
      this.process = process;
      this.port = port;
      this.log = log;
      this.spawned = spawned;
    }

    void awaitHttp() throws Exception {
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (!healthy()) {
        if (System.nanoTime() > deadline || !process.isAlive()) {
          throw new IllegalStateException("the node did not start; see " + log);
        }
        Thread.sleep(50);
      }
    }

    void awaitReady(boolean cluster) throws Exception {
      awaitHttp();
      if (cluster) {
        awaitApplied(-1);
      }
    }

    /** Polls {@code /api/stats} until the node has caught up and applied at least {@code seq}. */
    void awaitApplied(long seq) throws Exception {
      long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
      while (true) {
        JsonObject cluster = stats().getJsonObject("cluster");
        if (cluster.getBoolean("caughtUp") && cluster.getLong("applied") >= seq) {
          return;
        }
        if (System.nanoTime() > deadline || !process.isAlive()) {
          throw new IllegalStateException("the node did not catch up; see " + log);
        }
        Thread.sleep(50);
      }
    }

    private boolean healthy() {
      try {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (IOException | InterruptedException e) {
        return false;
      }
    }

    JsonObject stats() throws Exception {
      return new JsonObject(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stats"))
          .build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    @Override
    public void close() throws Exception {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
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

  /** The class path this benchmark runs on: exec:java's class loader's, else the JVM's. */
  private static String classPath() {
    if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
      return Arrays.stream(loader.getURLs()).map(ClusterBenchmark::file).collect(Collectors.joining(File.pathSeparator));
    }
    return System.getProperty("java.class.path");
  }

  private static String file(URL url) {
    try {
      return Path.of(url.toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(url.toString(), e);
    }
  }
}
