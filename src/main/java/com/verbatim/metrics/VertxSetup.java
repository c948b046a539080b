package com.verbatim.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import io.vertx.micrometer.backends.BackendRegistries;

/**
 * The options Verbatim's Vert.x is made with: Micrometer metrics on, in a Prometheus registry named
 * {@value #REGISTRY}, with the JVM's meters (memory, GC, threads, processor, class loading, uptime). Vert.x then
 * counts its own: HTTP requests and open connections, WebSockets, event-bus messages, worker pools.
 */
public final class VertxSetup {

  /** The Micrometer registry's name; Vert.x keeps one registry per name in the process. */
  public static final String REGISTRY = "verbatim";

  private VertxSetup() {
  }

  /** {@code Vertx.vertx(VertxSetup.options())}, or a builder's {@code with(...)}. */
  public static VertxOptions options() {
    return new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions()
        .setEnabled(true)
        .setRegistryName(REGISTRY)
        .setJvmMetricsEnabled(true)
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true)));
  }

  /** The Prometheus registry of {@code vertx}, or null when it was made without {@link #options()}. */
  public static PrometheusMeterRegistry prometheus(Vertx vertx) {
    return vertx.isMetricsEnabled() && BackendRegistries.getNow(REGISTRY) instanceof PrometheusMeterRegistry registry
        ? registry : null;
  }

  /** The meters of {@code vertx}: its registry, or no-ops when it was made without metrics. */
  public static Meters meters(Vertx vertx) {
    MeterRegistry registry = prometheus(vertx);
    return registry == null ? Meters.none() : new Meters(registry);
  }
}
