package com.verbatim.eval.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A child JVM, its output in a log file: a main class on this process's class path, or {@code java -jar}. The
 * servers under test run in their own JVMs so their heap, threads, file descriptors and resident memory are
 * theirs alone, apart from the load client's.
 */
public record ChildJvm(Process process, Path log) implements AutoCloseable {

  /**
   * Starts {@code java JVM_ARGS -cp CLASSPATH MAIN ARGS}, or {@code java JVM_ARGS -jar JAR ARGS} when {@code jar}
   * is not null, with {@code env} added to this process's environment.
   */
  public static ChildJvm start(Path log, Map<String, String> env, List<String> jvmArgs, Path jar, String mainClass,
      String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmArgs);
    if (jar != null) {
      command.addAll(List.of("-jar", jar.toString()));
    } else {
      command.addAll(List.of("-cp", classPath(), mainClass));
    }
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    return new ChildJvm(builder.start(), log);
  }

  /** Waits (up to a minute) for a line of the log that starts with {@code prefix}. */
  public void awaitLine(String prefix) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (Files.readAllLines(log).stream().noneMatch(l -> l.startsWith(prefix))) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new IllegalStateException("no '" + prefix + "' in " + log);
      }
      Thread.sleep(50);
    }
  }

  /** The child's resident memory in kB ({@code VmRSS} of {@code /proc/PID/status}), or -1 where there is no /proc. */
  public long rssKb() {
    try {
      return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
          .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong)
          .findFirst().orElse(-1);
    } catch (IOException e) {
      return -1;
    }
  }

  /** The child's open file descriptors ({@code /proc/PID/fd}), or -1 where there is no /proc. */
  public long openFiles() {
    try (var files = Files.list(Path.of("/proc", String.valueOf(process.pid()), "fd"))) {
      return files.count();
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** The class path this process runs on: exec:java's class loader's, else the JVM's. */
  static String classPath() {
    if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
      return Arrays.stream(loader.getURLs()).map(ChildJvm::file).collect(Collectors.joining(File.pathSeparator));
    }
    return System.getProperty("java.class.path");
  }

  private static String file(URL url) {
    try {
      return Path.of(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(url.toString(), e);
    }
  }
}
