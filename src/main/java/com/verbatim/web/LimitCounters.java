package com.verbatim.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How often each limit was reached since the server started, shared by the web verticles: asks refused
 * {@code busy} or {@code rate-limited}, connections refused or closed for a timeout, and the WebSocket close
 * codes the server sent. Plain counters, for logs, tests and a metrics endpoint to read.
 */
public final class LimitCounters {

  /** What is counted. */
  public enum Event {
    ASK_BUSY, ASK_RATE_LIMITED, ASK_CANCELLED, CONNECTION_REFUSED, HEADER_TIMEOUT, BODY_TIMEOUT, PINGS_DROPPED
  }

  private final Map<Event, LongAdder> events = new java.util.EnumMap<>(Event.class);
  private final Map<Integer, LongAdder> closeCodes = new java.util.concurrent.ConcurrentHashMap<>();

  public LimitCounters() {
    for (Event event : Event.values()) {
      events.put(event, new LongAdder());
    }
  }

  void count(Event event) {
    events.get(event).increment();
  }

  void count(Event event, long n) {
    events.get(event).add(n);
  }

  void closed(int code) {
    closeCodes.computeIfAbsent(code, c -> new LongAdder()).increment();
  }

  /**
   * Each counter as a live number, by a name fit for a metric tag ({@code busy}, {@code rate-limited},
   * {@code header-timeout}, ...): read when the metrics are scraped.
   */
  public Map<String, java.util.function.Supplier<Number>> asNumbers() {
    Map<String, java.util.function.Supplier<Number>> numbers = new TreeMap<>();
    for (Event event : Event.values()) {
      String name = event.name().toLowerCase(java.util.Locale.ROOT).replace("ask_", "").replace('_', '-');
      numbers.put(name, () -> get(event));
    }
    return numbers;
  }

  /** How often {@code event} happened. */
  public long get(Event event) {
    return events.get(event).sum();
  }

  /** How many sockets the server closed with {@code code}. */
  public long closedWith(int code) {
    LongAdder count = closeCodes.get(code);
    return count == null ? 0 : count.sum();
  }

  /** Every close code sent so far with its count, lowest code first. */
  public Map<Integer, Long> closeCodes() {
    Map<Integer, Long> copy = new TreeMap<>();
    closeCodes.forEach((code, count) -> copy.put(code, count.sum()));
    return copy;
  }
}
