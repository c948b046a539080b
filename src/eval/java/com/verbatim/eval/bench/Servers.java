package com.verbatim.eval.bench;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The servers a benchmark runs against, each a child JVM on loopback: the product ({@code com.verbatim.Main},
 * from the class path or from {@code target/verbatim.jar}) with its admin API, and the ceiling
 * ({@link CannedReplyServer}).
 */
public final class Servers {

  static final String TOKEN = "socket-benchmark-token-0123456789abcdef";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Path logs;
  private final Path jar;
  private final List<String> jvmArgs;
  private final Map<String, String> env;

  /**
   * Logs go to {@code logs}; the product runs from {@code jar} (null: this class path) with {@code jvmArgs}, and
   * {@code env} (its settings' {@code VERBATIM_*} overrides: limits raised or lowered for a scenario) laid over
   * the benchmark's own.
   */
  public Servers(Path logs, Path jar, List<String> jvmArgs, Map<String, String> env) {
    this.logs = logs;
    this.jar = jar;
    this.jvmArgs = jvmArgs;
    this.env = env;
  }

  /** A running product: its JVM and port. */
  public record Product(ChildJvm jvm, int port) implements AutoCloseable {
    @Override
    public void close() throws InterruptedException {
      jvm.close();
    }
  }

  /** A running canned-reply server. */
  public record Canned(ChildJvm jvm, int port) implements AutoCloseable {
    @Override
    public void close() throws InterruptedException {
      jvm.close();
    }
  }

  /** Starts the product on data in {@code dir} and waits (up to 3 minutes) for {@code /health}. */
  public Product product(String name, Path dir, boolean semantic, boolean samples) throws Exception {
    int port = freePort();
    Map<String, String> all = new HashMap<>(Map.of("VERBATIM_HTTP_PORT", String.valueOf(port),
        "VERBATIM_HTTP_HOST", "127.0.0.1", "VERBATIM_DATA_DIR", dir.toString(),
        "VERBATIM_SAMPLES", String.valueOf(samples), "VERBATIM_SEMANTIC", String.valueOf(semantic),
        "VERBATIM_ADMIN_TOKEN", TOKEN, "VERBATIM_MAX_BODY_BYTES", String.valueOf(64 * 1024 * 1024)));
    all.putAll(env);
    ChildJvm jvm = ChildJvm.start(logs.resolve(name + (semantic ? "-semantic" : "-lexical") + ".log"), all, jvmArgs,
        jar, "com.verbatim.Main");
    Product product = new Product(jvm, port);
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!healthy(port)) {
      if (System.nanoTime() > deadline || !jvm.process().isAlive()) {
        product.close();
        throw new IllegalStateException("the product did not start; see " + jvm.log());
      }
      Thread.sleep(100);
    }
    return product;
  }

  /** Starts the canned-reply server answering every ask with {@code frame}. */
  public Canned canned(String frame) throws Exception {
    Path frameFile = Files.writeString(logs.resolve("canned-frame.json"), frame, StandardCharsets.UTF_8);
    int port = freePort();
    ChildJvm jvm = ChildJvm.start(logs.resolve("canned.log"), Map.of(), List.of(), null,
        CannedReplyServer.class.getName(), frameFile.toString(), String.valueOf(port));
    jvm.awaitLine("listening ");
    return new Canned(jvm, port);
  }

  public JsonObject stats(int port) throws IOException, InterruptedException {
    return new JsonObject(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stats"))
        .build(), HttpResponse.BodyHandlers.ofString()).body());
  }

  /** Posts {@code articles} (BBC lines: title, text, source) as one NDJSON bulk with the admin token. */
  public void ingest(int port, List<JsonObject> articles) throws IOException, InterruptedException {
    String body = articles.stream().map(a -> new JsonObject().put("title", a.getString("title"))
        .put("text", a.getString("text")).put("source", a.getString("source")).encode())
        .collect(Collectors.joining("\n"));
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/api/articles")).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(10))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("bulk ingest failed: " + response.statusCode() + " " + response.body());
    }
  }

  /** Waits until every stored sentence has its vector, so semantic ranking runs on all of them. */
  public void awaitVectors(int port) throws IOException, InterruptedException {
    long last = -1;
    while (true) {
      long pending = stats(port).getLong("vectorsPending", 0L);
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

  private boolean healthy(int port) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
