package com.verbatim.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code com.verbatim.Main} in a child JVM on a given data folder, with port 0; its bound
 * port is read from its log line "Verbatim listening on http://host:port". Tests wait on its log
 * lines and its exit, never on the clock.
 */
final class ChildServer {

  static final String TOKEN = "crash-test-token-0123456789";
  private static final Pattern LISTENING = Pattern.compile("Verbatim listening on http://[^:]+:(\\d+)");

  private final Process process;
  private final CompletableFuture<Integer> port = new CompletableFuture<>();
  private final StringBuilder log = new StringBuilder();
  /** Futures waiting for a log line that contains their text; guarded by {@code this}. */
  private final List<Watch> watches = new ArrayList<>();

  private record Watch(String text, CompletableFuture<Void> seen) {
  }

  private ChildServer(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readLog, "child-log");
    reader.setDaemon(true);
    reader.start();
  }

  static ChildServer start(Path dataDir) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // C1 only and the serial collector: the child lives for seconds, so start-up cost is what counts
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), "com.verbatim.Main").redirectErrorStream(true);
    builder.environment().put("VERBATIM_HTTP_PORT", "0");
    builder.environment().put("VERBATIM_HTTP_HOST", "127.0.0.1");
    builder.environment().put("VERBATIM_DATA_DIR", dataDir.toString());
    builder.environment().put("VERBATIM_ADMIN_TOKEN", TOKEN);
    builder.environment().put("VERBATIM_SAMPLES", "false");
    return new ChildServer(builder.start());
  }

  /** The bound port, once the server listens; fails with the child's log if it does not within {@code limit}. */
  int awaitPort(Duration limit) throws InterruptedException {
    try {
      return port.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      if (e instanceof InterruptedException interrupted) {
        throw interrupted;
      }
      throw new IllegalStateException("child did not start within " + limit + "; its log:\n" + log(), e);
    }
  }

  /** Completes when the child prints a line containing {@code text} (also if it already has). */
  synchronized CompletableFuture<Void> logged(String text) {
    CompletableFuture<Void> seen = new CompletableFuture<>();
    if (log.indexOf(text) >= 0) {
      seen.complete(null);
    } else {
      watches.add(new Watch(text, seen));
    }
    return seen;
  }

  /** Completes when the child process has exited, for whatever reason. */
  CompletableFuture<Process> exited() {
    return process.onExit();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no close, nothing flushed that was not already. Safe to call twice. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("child " + process.pid() + " did not die after SIGKILL");
    }
  }

  synchronized String log() {
    return log.toString();
  }

  private void readLog() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        append(line);
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          port.complete(Integer.parseInt(m.group(1)));
        }
      }
    } catch (IOException e) {
      // the child died; a waiting test sees the log
    }
    port.completeExceptionally(new IllegalStateException("child exited"));
  }

  private synchronized void append(String line) {
    log.append(line).append('\n');
    watches.removeIf(w -> line.contains(w.text()) && w.seen().complete(null));
  }
}
