package com.verbatim.eval.bench;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of what came back during a run, safe to add to from every event loop: answers, error frames by
 * {@code code} ({@code busy}, {@code rate-limited}, {@code overloaded} ... each its own count), frames of other
 * types, answers whose id matched no ask in flight, sockets closed by the server by close code, and
 * failed connects.
 */
public final class Tally {

  private final LongAdder answers = new LongAdder();
  private final LongAdder unknownIds = new LongAdder();
  private final LongAdder connectFailures = new LongAdder();
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> others = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> closes = new ConcurrentHashMap<>();

  void answer() {
    answers.increment();
  }

  void error(String code) {
    errors.computeIfAbsent(code, c -> new LongAdder()).increment();
  }

  void other(String type) {
    others.computeIfAbsent(type, c -> new LongAdder()).increment();
  }

  void unknownId() {
    unknownIds.increment();
  }

  void connectFailure() {
    connectFailures.increment();
  }

  /** A socket the server closed (or that dropped): its close code, or {@code none} when the TCP connection just ended. */
  void closed(Short code) {
    closes.computeIfAbsent(code == null ? "none" : String.valueOf(code), c -> new LongAdder()).increment();
  }

  public long answers() {
    return answers.sum();
  }

  /** Error frames with this code. */
  public long errors(String code) {
    LongAdder n = errors.get(code);
    return n == null ? 0 : n.sum();
  }

  public long allErrors() {
    return errors.values().stream().mapToLong(LongAdder::sum).sum();
  }

  public long closes() {
    return closes.values().stream().mapToLong(LongAdder::sum).sum();
  }

  public long unknownIds() {
    return unknownIds.sum();
  }

  public long connectFailures() {
    return connectFailures.sum();
  }

  /** Forgets every count (the end of a warm-up). */
  void reset() {
    answers.reset();
    unknownIds.reset();
    errors.clear();
    others.clear();
  }

  public JsonObject toJson() {
    return new JsonObject().put("answers", answers()).put("errors", sums(errors)).put("otherFrames", sums(others))
        .put("unknownIds", unknownIds()).put("serverCloses", sums(closes)).put("connectFailures", connectFailures());
  }

  private static JsonObject sums(Map<String, LongAdder> counts) {
    JsonObject json = new JsonObject();
    new TreeMap<>(counts).forEach((k, v) -> json.put(k, v.sum()));
    return json;
  }
}
