package com.verbatim.eval;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the time from {@code java -jar target/verbatim.jar} to the first {@code /health} 200,
 * over several starts: a fresh data directory each time (the sample corpus is ingested), then
 * restarts on one kept directory (the index is opened, not rebuilt). Before each start it times the
 * same for {@link BareHealthServer}, a Vert.x server that does nothing else, from the same jar and
 * test classes, so the result still reads on a busy machine as a multiple of that baseline. Prints
 * each run, the medians and the ratios; standard output is its report.
 *
 * <p>Usage, after {@code mvn -B -q package -DskipTests}: {@code mvn -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=com.verbatim.eval.StartupBenchmark [-Dexec.args="5"]}
 */
public final class StartupBenchmark {

  private StartupBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path jar = Path.of("target/verbatim.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("build the jar first: mvn -B -q package -DskipTests");
    }
    List<Double> bare = new ArrayList<>();
    List<Double> fresh = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      bare.add(timeToHealthy(bareServer(jar), null));
      Path data = Files.createTempDirectory("verbatim-startup");
      fresh.add(timeToHealthy(verbatim(jar), data));
      delete(data);
    }
    Path kept = Files.createTempDirectory("verbatim-startup");
    timeToHealthy(verbatim(jar), kept);
    List<Double> restarts = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      bare.add(timeToHealthy(bareServer(jar), null));
      restarts.add(timeToHealthy(verbatim(jar), kept));
    }
    delete(kept);
    System.out.printf("fresh data dir (sample ingested): %s ms, median %.0f ms%n", fresh, median(fresh));
    System.out.printf("restart on kept data dir:         %s ms, median %.0f ms%n", restarts, median(restarts));
    System.out.printf("bare Vert.x server (baseline):    %s ms, median %.0f ms%n", bare, median(bare));
    System.out.printf("fresh / baseline: %.1fx; restart / baseline: %.1fx%n", median(fresh) / median(bare),
        median(restarts) / median(bare));
  }

  private static ProcessBuilder verbatim(Path jar) {
    return new ProcessBuilder("java", "-jar", jar.toString());
  }

  private static ProcessBuilder bareServer(Path jar) {
    String classpath = jar + File.pathSeparator + "target/test-classes";
    return new ProcessBuilder("java", "-cp", classpath, BareHealthServer.class.getName());
  }

  /** Milliseconds from starting {@code builder} to the first {@code /health} 200; {@code data} may be null. */
  private static double timeToHealthy(ProcessBuilder builder, Path data) throws Exception {
    int port = freePort();
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("VERBATIM_HTTP_PORT", String.valueOf(port));
    if (data != null) {
      builder.environment().put("VERBATIM_DATA_DIR", data.toString());
    }
    builder.environment().put("VERBATIM_ADMIN_TOKEN", "startup-benchmark-token-0123456789");
    long started = System.nanoTime();
    Process process = builder.start();
    try {
      while (!healthy(port)) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the server exited with " + process.exitValue());
        }
        if (System.nanoTime() - started > 60_000_000_000L) {
          throw new IllegalStateException("not healthy after 60 s");
        }
        Thread.sleep(10);
      }
      return Math.round((System.nanoTime() - started) / 1e6);
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  private static boolean healthy(int port) {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/health").toURL()
          .openConnection();
      connection.setConnectTimeout(200);
      connection.setReadTimeout(1000);
      return connection.getResponseCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
