package com.verbatim.web;

import java.util.HashMap;
import java.util.Map;

/**
 * Open connections per client address, shared by the web verticles of one server: a connection is counted
 * when it opens and released once when it closes, so one address cannot hold more than its share of the
 * server's file descriptors. An IPv6 client counts by its /64, as {@link FailedAttempts} does. An address
 * leaves the map with its last connection, so the map holds only addresses that are connected.
 */
final class ConnectionCounts {

  private final int perAddress;
  private final Map<String, Integer> open = new HashMap<>();

  ConnectionCounts(int perAddress) {
    if (perAddress < 1) {
      throw new IllegalArgumentException("connections per address must be at least 1");
    }
    this.perAddress = perAddress;
  }

  /** Counts a new connection from {@code address}; false (and nothing counted) when it already holds its share. */
  synchronized boolean tryOpen(String address) {
    String key = FailedAttempts.key(address);
    int now = open.getOrDefault(key, 0);
    if (now >= perAddress) {
      return false;
    }
    open.put(key, now + 1);
    return true;
  }

  /** Releases a connection counted by {@link #tryOpen}. */
  synchronized void close(String address) {
    open.computeIfPresent(FailedAttempts.key(address), (key, now) -> now <= 1 ? null : now - 1);
  }

  /** Open connections from {@code address}. */
  synchronized int open(String address) {
    return open.getOrDefault(FailedAttempts.key(address), 0);
  }

  /** Addresses with an open connection. */
  synchronized int addresses() {
    return open.size();
  }
}
