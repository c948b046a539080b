package com.verbatim.index;

import com.verbatim.metrics.Meters;
import com.verbatim.model.CacheStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The index's gauges in the metrics registry: how full each pool's queue is, and how the answer cache serves
 * ({@code cache} gives null before the index is open). They read the live state at each scrape; {@link #close}
 * takes them out when the index stops.
 */
final class IndexMeters implements AutoCloseable {

  private final MeterRegistry registry;
  private final List<Meter> meters = new ArrayList<>();
  private final Supplier<CacheStats> cache;

  IndexMeters(MeterRegistry registry, BoundedPool reads, BoundedPool writes, Supplier<CacheStats> cache) {
    this.registry = registry;
    pool("read", reads);
    pool("write", writes);
    this.cache = cache;
    // the meters hold this object weakly; the index verticle holds it while it runs
    meters.add(FunctionCounter.builder(Meters.CACHE_HITS, this, m -> m.stats().hits()).register(registry));
    meters.add(FunctionCounter.builder(Meters.CACHE_MISSES, this, m -> m.stats().misses()).register(registry));
    meters.add(Gauge.builder(Meters.CACHE_HIT_RATIO, this, m -> m.stats().hitRatio()).register(registry));
  }

  private void pool(String name, BoundedPool pool) {
    meters.add(Gauge.builder(Meters.QUEUE_WAITING, pool, BoundedPool::queued).tag("pool", name).strongReference(true)
        .register(registry));
    meters.add(Gauge.builder(Meters.QUEUE_CAPACITY, pool, BoundedPool::capacity).tag("pool", name)
        .strongReference(true).register(registry));
  }

  private CacheStats stats() {
    CacheStats stats = cache.get();
    return stats == null ? new CacheStats(0, 0, 0, 0) : stats;
  }

  @Override
  public void close() {
    meters.forEach(registry::remove);
  }
}
