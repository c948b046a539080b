package com.verbatim.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cluster node: the real {@code com.verbatim.Main} in a child JVM with {@code VERBATIM_CLUSTER=true}, its own
 * data folder and cluster port, HTTP on port 0 (read from its log line "Verbatim listening on"). Killed with
 * SIGKILL, never asked to stop.
 */
final class NodeProcess {

  static final String TOKEN = "cluster-test-token-0123456789";
  private static final Pattern LISTENING = Pattern.compile("Verbatim listening on http://[^:]+:(\\d+)");

  final String name;
  final int clusterPort;
  private final Process process;
  private final CompletableFuture<Integer> port = new CompletableFuture<>();
  private final StringBuilder log = new StringBuilder();
  /** Lines printed so far; guarded by this, and notified on each new one. */
  private long lines;

  private NodeProcess(String name, int clusterPort, Process process) {
    this.name = name;
    this.clusterPort = clusterPort;
    this.process = process;
    Thread reader = new Thread(this::readLog, "node-log-" + name);
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts node {@code name} on cluster port {@code clusterPort}, joining through {@code members}. */
  static NodeProcess start(String name, Path dataDir, int clusterPort, String members, Map<String, String> env)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        // each slice of the log applied is a line, so a test waits on the node's own output
        "-Dorg.slf4j.simpleLogger.log.com.verbatim.cluster.ClusterVerticle=debug",
        "-cp", System.getProperty("java.class.path"), "com.verbatim.Main").redirectErrorStream(true);
    Map<String, String> e = builder.environment();
    e.put("VERBATIM_HTTP_PORT", "0");
    e.put("VERBATIM_HTTP_HOST", "127.0.0.1");
    e.put("VERBATIM_DATA_DIR", dataDir.toString());
    e.put("VERBATIM_ADMIN_TOKEN", TOKEN);
    e.put("VERBATIM_SAMPLES", "false");
    e.put("VERBATIM_SEMANTIC", "false");
    e.put("VERBATIM_CLUSTER", "true");
    e.put("VERBATIM_CLUSTER_HOST", "127.0.0.1");
    e.put("VERBATIM_CLUSTER_PORT", Integer.toString(clusterPort));
    e.put("VERBATIM_CLUSTER_MEMBERS", members);
    e.putAll(env);
    return new NodeProcess(name, clusterPort, builder.start());
  }

  /** A port free now on loopback, for a node's cluster address. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The bound HTTP port once the node listens; fails with the node's log if it does not within {@code limit}. */
  int awaitPort(Duration limit) throws InterruptedException {
    try {
      return port.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      if (e instanceof InterruptedException interrupted) {
        throw interrupted;
      }
      throw new IllegalStateException("node " + name + " did not start within " + limit + "; its log:\n" + log(), e);
    }
  }

  /** SIGKILL: no shutdown hook, no leaving the cluster politely. Safe to call twice. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("node " + name + " did not die after SIGKILL");
    }
  }

  /**
   * Waits until the node prints another line after the {@code seen}-th (the count {@link #lines()} gave), or until
   * {@code deadline} ({@link System#nanoTime}); returns the count of lines now.
   */
  synchronized long awaitLineAfter(long seen, long deadline) throws InterruptedException {
    long left;
    while (lines <= seen && process.isAlive() && (left = deadline - System.nanoTime()) > 0) {
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return lines;
  }

  /** How many lines the node has printed so far. */
  synchronized long lines() {
    return lines;
  }

  synchronized String log() {
    return log.toString();
  }

  private void readLog() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        synchronized (this) {
          log.append(line).append('\n');
          lines++;
          notifyAll();
        }
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          port.complete(Integer.parseInt(m.group(1)));
        }
      }
    } catch (IOException e) {
      // the node died; a waiting test sees the log
    }
    port.completeExceptionally(new IllegalStateException("node " + name + " exited"));
  }
}
