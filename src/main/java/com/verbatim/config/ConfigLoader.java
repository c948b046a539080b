package com.verbatim.config;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads the configuration once. The copy of {@code conf/config.json} inside the jar holds every
 * default, and is the only place that does; {@code conf/config.json} in the working directory (or
 * the file {@code VERBATIM_CONFIG} names), when it exists, is laid over it, so it may hold only the
 * settings it changes and an edit needs no rebuild; then environment variables override single values.
 */
public final class ConfigLoader {

  /** Names a different configuration file. */
  public static final String CONFIG_FILE_ENV = "VERBATIM_CONFIG";
  static final String DEFAULT_FILE = "conf/config.json";

  /** Environment variable -> {@code section.key} it overrides. */
  static final Map<String, String> OVERRIDES = Map.ofEntries(
      Map.entry("VERBATIM_HTTP_PORT", "http.port"),
      Map.entry("VERBATIM_HTTP_HOST", "http.host"),
      Map.entry("VERBATIM_ADMIN_TOKEN", "http.adminToken"),
      Map.entry("VERBATIM_ADMIN_FAILURES_PER_MINUTE", "http.adminFailuresPerMinute"),
      Map.entry("VERBATIM_ADMIN_HOST", "http.adminHost"),
      Map.entry("VERBATIM_ADMIN_PORT", "http.adminPort"),
      Map.entry("VERBATIM_H2C", "http.h2c"),
      Map.entry("VERBATIM_MAX_BODY_BYTES", "http.maxBodyBytes"),
      Map.entry("VERBATIM_ALLOWED_ORIGINS", "http.allowedOrigins"),
      Map.entry("VERBATIM_MAX_CONNECTIONS_PER_IP", "http.maxConnectionsPerIp"),
      Map.entry("VERBATIM_HEADER_TIMEOUT_MS", "http.headerTimeoutMs"),
      Map.entry("VERBATIM_BODY_TIMEOUT_MS", "http.bodyTimeoutMs"),
      Map.entry("VERBATIM_WS_MAX_IN_FLIGHT", "http.wsMaxInFlight"),
      Map.entry("VERBATIM_WS_ASKS_PER_SECOND", "http.wsAsksPerSecond"),
      Map.entry("VERBATIM_WS_ASK_BURST", "http.wsAskBurst"),
      Map.entry("VERBATIM_WS_IDLE_TIMEOUT_MS", "http.wsIdleTimeoutMs"),
      Map.entry("VERBATIM_WS_PING_INTERVAL_MS", "http.wsPingIntervalMs"),
      Map.entry("VERBATIM_WS_PONG_TIMEOUT_MS", "http.wsPongTimeoutMs"),
      Map.entry("VERBATIM_WS_PINGS_PER_MINUTE", "http.wsPingsPerMinute"),
      Map.entry("VERBATIM_WS_DRAIN_TIMEOUT_MS", "http.wsDrainTimeoutMs"),
      Map.entry("VERBATIM_SHUTDOWN_TIMEOUT_MS", "http.shutdownTimeoutMs"),
      Map.entry("VERBATIM_DATA_DIR", "index.dataDir"),
      Map.entry("VERBATIM_INDEX_READ_THREADS", "index.readThreads"),
      Map.entry("VERBATIM_INDEX_READ_QUEUE", "index.readQueue"),
      Map.entry("VERBATIM_ANSWER_CACHE", "index.answerCache"),
      Map.entry("VERBATIM_SAMPLES", "ingest.samples"),
      Map.entry("VERBATIM_IMPORT_DIR", "ingest.importDir"),
      Map.entry("VERBATIM_ALLOW_PRIVATE_TARGETS", "fetch.allowPrivateTargets"),
      Map.entry("VERBATIM_FEED_POLL_SECONDS", "feeds.pollSeconds"),
      Map.entry("VERBATIM_DEDUP_SIMILARITY", "dedup.similarity"),
      Map.entry("VERBATIM_SEMANTIC", "ranking.semantic"),
      Map.entry("VERBATIM_QUESTION_BATCH", "ranking.questionBatch"),
      Map.entry("VERBATIM_CLUSTER", "cluster.enabled"),
      Map.entry("VERBATIM_CLUSTER_MEMBERS", "cluster.members"),
      Map.entry("VERBATIM_CLUSTER_HOST", "cluster.host"),
      Map.entry("VERBATIM_CLUSTER_PORT", "cluster.port"));

  private ConfigLoader() {
  }

  /** The defaults with {@code env} applied. */
  public static JsonObject load(Map<String, String> env) {
    JsonObject config = defaults();
    String file = env.getOrDefault(CONFIG_FILE_ENV, DEFAULT_FILE);
    Path onDisk = Path.of(file);
    if (Files.isRegularFile(onDisk)) {
      config.mergeIn(readFile(onDisk), true);
    } else if (env.containsKey(CONFIG_FILE_ENV)) {
      throw new IllegalArgumentException(CONFIG_FILE_ENV + " names no file: " + file);
    }
    OVERRIDES.forEach((name, path) -> {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        set(config, path, value.strip());
      }
    });
    return config;
  }

  /** The shipped defaults, from the copy of {@code conf/config.json} inside the jar; a fresh copy each call. */
  public static JsonObject defaults() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream("/" + DEFAULT_FILE)) {
      if (in == null) {
        throw new IllegalStateException("no " + DEFAULT_FILE + " on the classpath");
      }
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the default configuration", e);
    }
  }

  /** One section of the shipped defaults. */
  public static JsonObject defaults(String section) {
    return defaults().getJsonObject(section);
  }

  private static JsonObject readFile(Path path) {
    try {
      return new JsonObject(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read configuration " + path, e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("configuration " + path + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  /** Sets {@code section.key}, keeping the type of the default (whole or decimal number, boolean or string). */
  private static void set(JsonObject config, String path, String value) {
    String[] parts = path.split("\\.", 2);
    JsonObject section = config.getJsonObject(parts[0]);
    if (section == null) {
      section = new JsonObject();
      config.put(parts[0], section);
    }
    Object current = section.getValue(parts[1]);
    try {
      if (current instanceof Double || current instanceof Float) {
        section.put(parts[1], Double.parseDouble(value));
      } else if (current instanceof Number) {
        section.put(parts[1], Long.parseLong(value));
      } else if (current instanceof Boolean) {
        section.put(parts[1], parseBoolean(value));
      } else {
        section.put(parts[1], value);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("environment override for " + path + " is not valid: " + value, e);
    }
  }

  private static boolean parseBoolean(String value) {
    return switch (value.toLowerCase()) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw new IllegalArgumentException("expected true or false");
    };
  }
}
