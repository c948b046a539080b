package com.verbatim.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;

/**
 * Verbatim's own meters, by name, in one registry: anyone holding a {@code Meters} may count (the names are the
 * constants below; Prometheus shows dots as underscores, counters with {@code _total}, timers in seconds). Over
 * {@link #none()} every meter is a no-op. Thread-safe: Micrometer meters are.
 */
public final class Meters {

  /** Timer of one ask from its frame (or request) to its answer or error; tags {@code transport}, {@code outcome}. */
  public static final String ASKS = "verbatim.asks";
  /** Errors sent to clients; tags {@code code} (the API's error code) and {@code transport} ({@code http}, {@code ws}). */
  public static final String ERRORS = "verbatim.errors";
  /** Closed WebSockets; tag {@code code}, the close frame's status ({@code 1006} when none came). */
  public static final String WS_CLOSES = "verbatim.ws.closes";
  /** Gauge: tasks waiting for a thread in an index pool; tag {@code pool} ({@code read}, {@code write}). */
  public static final String QUEUE_WAITING = "verbatim.index.queue.waiting";
  /** Gauge: how many tasks may wait in an index pool; tag {@code pool}. */
  public static final String QUEUE_CAPACITY = "verbatim.index.queue.capacity";
  /** Answer-cache lookups that found an answer, since the start. */
  public static final String CACHE_HITS = "verbatim.answer.cache.hits";
  /** Answer-cache lookups that found none, since the start. */
  public static final String CACHE_MISSES = "verbatim.answer.cache.misses";
  /** Gauge: hits over lookups since the start (the rate over a window: hits and misses). */
  public static final String CACHE_HIT_RATIO = "verbatim.answer.cache.hit.ratio";
  /** Limits reached at the edge (see the README's "Limits"); tag {@code event}. */
  public static final String LIMITS = "verbatim.limits";
  /** Articles written to the index; tag {@code status} ({@code created}, {@code updated}, {@code unchanged}). */
  public static final String INGESTED = "verbatim.ingest.articles";

  /**
   * The latency histogram's bucket bounds: a dozen fixed ones from a cached answer (under a millisecond) to a
   * search past every client's patience, rather than Micrometer's ~70 per tag combination.
   */
  private static final Duration[] BUCKETS = LongStream.of(1, 2, 5, 10, 25, 50, 100, 250, 500, 1_000,
      2_500, 5_000, 10_000).mapToObj(Duration::ofMillis).toArray(Duration[]::new);

  private final MeterRegistry registry;
  /** The ask timers by transport and outcome, registered once: building a meter's id per ask costs CPU. */
  private final Map<String, Timer> askTimers = new ConcurrentHashMap<>();

  public Meters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Meters that count nothing, for a process without metrics. */
  public static Meters none() {
    return new Meters(new CompositeMeterRegistry());
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** Starts timing an ask; {@link AskTimer#stop} records it. */
  public AskTimer ask(String transport) {
    return new AskTimer(this, transport, Timer.start(registry));
  }

  /** One error frame or response with this API error code. */
  public void error(String code, String transport) {
    Counter.builder(ERRORS).tags("code", code, "transport", transport).register(registry).increment();
  }

  /** One closed WebSocket; {@code code} null when the connection ended without a close frame. */
  public void wsClosed(Short code) {
    Counter.builder(WS_CLOSES).tag("code", code == null ? "1006" : code.toString()).register(registry).increment();
  }

  /**
   * Counters kept elsewhere (the web's limits), each read at scrape time as {@value #LIMITS}{@code {event=...}};
   * registering the same names again (another web verticle) keeps the first.
   */
  public void limits(java.util.Map<String, java.util.function.Supplier<Number>> counters) {
    counters.forEach((event, count) -> io.micrometer.core.instrument.FunctionCounter
        .builder(LIMITS, count, c -> c.get().doubleValue()).tag("event", event)
        .description("Asks refused (busy, rate-limited) or cancelled, connections refused or timed out, pings dropped")
        .register(registry));
  }

  /** One article written ({@code created}, {@code updated}) or found unchanged. */
  public void ingested(String status) {
    Counter.builder(INGESTED).tag("status", status).register(registry).increment();
  }

  /** A running ask's clock. */
  public static final class AskTimer {
    private final Meters meters;
    private final String transport;
    private final Timer.Sample sample;

    private AskTimer(Meters meters, String transport, Timer.Sample sample) {
      this.meters = meters;
      this.transport = transport;
      this.sample = sample;
    }

    /** Records the ask as {@code answered} or {@code error}. */
    public void stop(boolean answered) {
      String outcome = answered ? "answered" : "error";
      sample.stop(meters.askTimers.computeIfAbsent(transport + ' ' + outcome, key -> Timer.builder(ASKS)
          .description("Asks from frame or request to answer or error")
          .tags("transport", transport, "outcome", outcome)
          .serviceLevelObjectives(BUCKETS)
          .register(meters.registry)));
    }
  }
}
