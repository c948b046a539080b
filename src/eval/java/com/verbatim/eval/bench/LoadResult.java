package com.verbatim.eval.bench;

import io.vertx.core.json.JsonObject;
import org.HdrHistogram.Histogram;

/** One measured window: its counts, its length, and the answers' latencies in microseconds. */
public record LoadResult(Tally tally, double seconds, Histogram latencyMicros, long sentInWindow, long inFlightAtEnd) {

  public double perSecond() {
    return tally.answers() / seconds;
  }

  /** A figure for the JSON summary: null where there is none (no answers). */
  static Double figure(double value) {
    return Double.isFinite(value) ? value : null;
  }

  public double percentileMs(double p) {
    return latencyMicros.getTotalCount() == 0 ? Double.NaN : latencyMicros.getValueAtPercentile(p) / 1000.0;
  }

  public double p50Ms() {
    return percentileMs(50);
  }

  public double p99Ms() {
    return percentileMs(99);
  }

  public JsonObject toJson() {
    return new JsonObject().put("answersPerSecond", Math.round(perSecond() * 10) / 10.0)
        .put("p50Ms", figure(p50Ms())).put("p90Ms", figure(percentileMs(90)))
        .put("p99Ms", figure(p99Ms())).put("p999Ms", figure(percentileMs(99.9))).put("maxMs", latencyMicros.getMaxValue() / 1000.0)
        .put("seconds", seconds).put("sent", sentInWindow).put("inFlightAtEnd", inFlightAtEnd)
        .mergeIn(tally.toJson());
  }
}
