package com.verbatim.web;

/**
 * What the web verticles of one deployment (one per event loop) share, so a client cannot multiply its
 * allowance by landing on another instance: the one {@link FailedAttempts} and the one {@link ConnectionCounts},
 * made from the first instance's configuration, and the {@link LimitCounters}.
 */
final class SharedLimits {

  private final LimitCounters counters = new LimitCounters();
  private FailedAttempts attempts;
  private ConnectionCounts connections;

  synchronized FailedAttempts get(WebConfig config) {
    if (attempts == null) {
      attempts = new FailedAttempts(config.adminFailuresPerMinute(), config.adminFailureClients());
    }
    return attempts;
  }

  synchronized ConnectionCounts connections(LimitsConfig limits) {
    if (connections == null) {
      connections = new ConnectionCounts(limits.maxConnectionsPerIp());
    }
    return connections;
  }

  LimitCounters counters() {
    return counters;
  }
}
