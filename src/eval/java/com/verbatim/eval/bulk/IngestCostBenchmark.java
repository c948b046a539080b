package com.verbatim.eval.bulk;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What semantic ranking costs at ingest, on the product jar: for semantic off and on, starts
 * {@code target/verbatim.jar} in a child JVM (default heap and flags, as the README runs it) on a fresh data
 * folder, POSTs the BBC corpus as NDJSON batches of 500, and reports articles/s until the last batch is
 * acknowledged, the seconds until {@code /api/stats} says no sentence waits for its vector, and the child's
 * resident memory (VmRSS) after loading and after embedding. Build the jar first.
 *
 * <pre>mvn -B -q package -DskipTests &amp;&amp; mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.verbatim.eval.bulk.IngestCostBenchmark</pre>
 */
public final class IngestCostBenchmark {

  private static final String TOKEN = "ingest-cost-benchmark-token-0123456789";
  private static final Pattern LISTENING = Pattern.compile("Verbatim listening on http://[^:]+:(\\d+)");
  private static final int BATCH = 500;

  private IngestCostBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/eval/news/articles.jsonl");
    List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
        .map(JsonObject::new)
        .map(a -> new JsonObject().put("title", a.getString("title")).put("text", a.getString("text"))
            .put("source", a.getString("source")).encode())
        .toList();
    Path jar = Path.of("target/verbatim.jar");
    System.out.printf(Locale.ROOT, "target/verbatim.jar: %.1f MB; corpus %d articles%n", Files.size(jar) / 1e6,
        lines.size());
    System.out.println("| semantic | ingest articles/s | all vectors after (s) | RSS after ingest (MB) | RSS after vectors (MB) |");
    System.out.println("|---|---|---|---|---|");
    for (boolean semantic : new boolean[] {false, true}) {
      run(jar, lines, semantic);
    }
  }

  private static void run(Path jar, List<String> lines, boolean semantic) throws Exception {
    Path data = Files.createTempDirectory("verbatim-ingest-cost");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString()).redirectErrorStream(true);
    builder.environment().put("VERBATIM_HTTP_PORT", "0");
    builder.environment().put("VERBATIM_HTTP_HOST", "127.0.0.1");
    builder.environment().put("VERBATIM_DATA_DIR", data.toString());
    builder.environment().put("VERBATIM_ADMIN_TOKEN", TOKEN);
    builder.environment().put("VERBATIM_SAMPLES", "false");
    builder.environment().put("VERBATIM_SEMANTIC", Boolean.toString(semantic));
    Process child = builder.start();
    try {
      int port = port(child);
      HttpClient http = HttpClient.newHttpClient();
      long started = System.nanoTime();
      for (int from = 0; from < lines.size(); from += BATCH) {
        String body = lines.subList(from, Math.min(lines.size(), from + BATCH)).stream().collect(Collectors.joining("\n"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
            .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300 && r.statusCode() != 207) {
          throw new IllegalStateException("bulk POST answered " + r.statusCode() + ": " + r.body());
        }
      }
      double ingestSeconds = (System.nanoTime() - started) / 1e9;
      long rssIngest = rssKb(child.pid());
      double vectorSeconds = Double.NaN;
      if (semantic) {
        while (pending(http, port) > 0) {
          Thread.sleep(500); // a benchmark's polling interval, not a test's wait
        }
        vectorSeconds = (System.nanoTime() - started) / 1e9;
      }
      long rssVectors = rssKb(child.pid());
      System.out.printf(Locale.ROOT, "| %s | %.0f | %s | %.0f | %.0f |%n", semantic ? "on" : "off",
          lines.size() / ingestSeconds, semantic ? String.format(Locale.ROOT, "%.0f", vectorSeconds) : "-",
          rssIngest / 1024.0, rssVectors / 1024.0);
    } finally {
      child.destroy();
      child.waitFor();
      try (var files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static long pending(HttpClient http, int port) throws IOException, InterruptedException {
    String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stats")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Long pending = new JsonObject(body).getLong("vectorsPending");
    return pending == null ? 0 : pending;
  }

  private static int port(Process child) throws IOException {
    var in = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> in.lines().forEach(l -> { }), "child-log");
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(m.group(1));
      }
    }
    throw new IllegalStateException("the server exited before listening");
  }

  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }
}
