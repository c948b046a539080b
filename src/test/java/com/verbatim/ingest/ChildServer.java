package com.verbatim.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code com.verbatim.Main} in a child JVM on a given data folder, with port 0; its bound
 * port is read from its log line "Verbatim listening on http://host:port".
 */
final class ChildServer {

  static final String TOKEN = "crash-test-token";
  private static final Pattern LISTENING = Pattern.compile("Verbatim listening on http://[^:]+:(\\d+)");

  private final Process process;
  private final CompletableFuture<Integer> port = new CompletableFuture<>();
  private final StringBuilder log = new StringBuilder();

  private ChildServer(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readLog, "child-log");
    reader.setDaemon(true);
    reader.start();
  }

  static ChildServer start(Path dataDir) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), "com.verbatim.Main").redirectErrorStream(true);
    builder.environment().put("VERBATIM_HTTP_PORT", "0");
    builder.environment().put("VERBATIM_HTTP_HOST", "127.0.0.1");
    builder.environment().put("VERBATIM_DATA_DIR", dataDir.toString());
    builder.environment().put("VERBATIM_ADMIN_TOKEN", TOKEN);
    builder.environment().put("VERBATIM_SAMPLES", "false");
    return new ChildServer(builder.start());
  }

  /** The bound port, once the server listens. */
  int awaitPort() throws Exception {
    try {
      return port.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("child did not start; its log:\n" + log(), e);
    }
  }

  /** SIGKILL: no shutdown hook, no close, nothing flushed that was not already. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
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
        }
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
}
