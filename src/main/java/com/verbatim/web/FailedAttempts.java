package com.verbatim.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Failed admin attempts per client, each client a Bucket4j bucket of {@code perMinute} failures
 * that refills greedily over a minute. The buckets live in a map of at most {@code maxClients},
 * the least recently seen dropped first, so many addresses cannot grow memory without bound.
 * An IPv6 client is its /64, which one host commonly holds whole.
 */
final class FailedAttempts {

  private final int perMinute;
  private final TimeMeter clock;
  private final Map<String, Bucket> buckets;

  FailedAttempts(int perMinute, int maxClients, TimeMeter clock) {
    if (perMinute < 1 || maxClients < 1) {
      throw new IllegalArgumentException("failures per minute and clients kept must be at least 1");
    }
    this.perMinute = perMinute;
    this.clock = clock;
    this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
        return size() > maxClients;
      }
    };
  }

  FailedAttempts(int perMinute, int maxClients) {
    this(perMinute, maxClients, TimeMeter.SYSTEM_NANOTIME);
  }

  /** Seconds the client must wait before it may try again; 0 while it has failures left. */
  synchronized long retryAfterSeconds(String client) {
    Bucket bucket = buckets.get(key(client));
    if (bucket == null) {
      return 0;
    }
    var probe = bucket.estimateAbilityToConsume(1);
    return probe.canBeConsumed() ? 0 : Math.max(1, divideRoundingUp(probe.getNanosToWaitForRefill()));
  }

  /** Counts one failure; returns the failures the client has left before it is refused. */
  synchronized long fail(String client) {
    Bucket bucket = buckets.computeIfAbsent(key(client), k -> Bucket.builder().withCustomTimePrecision(clock)
        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
    bucket.tryConsume(1);
    return bucket.getAvailableTokens();
  }

  /** How many clients are tracked; for tests. */
  synchronized int tracked() {
    return buckets.size();
  }

  /** The address itself for IPv4, its /64 for IPv6. */
  static String key(String address) {
    if (address == null || !address.contains(":")) {
      return String.valueOf(address);
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return InetAddress.getByAddress(bytes).getHostAddress();
      }
      for (int i = 8; i < 16; i++) {
        bytes[i] = 0;
      }
      return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
    } catch (UnknownHostException e) {
      return address;
    }
  }

  private static long divideRoundingUp(long nanos) {
    long second = TimeUnit.SECONDS.toNanos(1);
    return (nanos + second - 1) / second;
  }
}
