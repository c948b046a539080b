package com.verbatim.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One socket's allowance: a Bucket4j token bucket of {@code burst} frames refilled greedily at
 * {@code perSecond}, and at most {@code maxInFlight} asks in progress. Every frame takes a token (a flood of
 * bad frames costs the server as much as a flood of asks); only an accepted ask takes an in-flight slot.
 * Not thread-safe: a socket is served on one event loop.
 */
final class AskLimits {

  private final int maxInFlight;
  private final Bucket bucket;
  private int inFlight;

  AskLimits(int maxInFlight, int perSecond, int burst, TimeMeter clock) {
    if (maxInFlight < 1 || perSecond < 1 || burst < 1) {
      throw new IllegalArgumentException("in-flight asks, frames per second and burst must be at least 1");
    }
    this.maxInFlight = maxInFlight;
    this.bucket = Bucket.builder().withCustomTimePrecision(clock)
        .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1))).build();
  }

  AskLimits(LimitsConfig config) {
    this(config.wsMaxInFlight(), config.wsAsksPerSecond(), config.wsAskBurst(), TimeMeter.SYSTEM_NANOTIME);
  }

  /** Takes a token for one frame: 0 when there was one, else the milliseconds until there is (at least 1). */
  long takeToken() {
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return 0;
    }
    long nanos = probe.getNanosToWaitForRefill();
    return Math.max(1, (nanos + TimeUnit.MILLISECONDS.toNanos(1) - 1) / TimeUnit.MILLISECONDS.toNanos(1));
  }

  /** Starts an ask: false when {@code maxInFlight} are already in progress. */
  boolean tryStart() {
    if (inFlight >= maxInFlight) {
      return false;
    }
    inFlight++;
    return true;
  }

  /** Ends an ask started by {@link #tryStart}, answered or failed. */
  void done() {
    if (inFlight > 0) {
      inFlight--;
    }
  }

  int inFlight() {
    return inFlight;
  }

  int maxInFlight() {
    return maxInFlight;
  }
}
