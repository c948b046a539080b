package com.verbatim.web;

import com.verbatim.config.Section;
import io.vertx.core.json.JsonObject;

/**
 * The server's limits, read from the {@code http} section: what one address, one connection and one
 * WebSocket may hold or ask, and how long the server waits for a client. The README's "Limits" section says
 * what a client sees past each.
 *
 * @param maxConnectionsPerIp open connections (HTTP and WebSocket) one client address may hold; past it a new
 *     connection is closed at once
 * @param headerTimeoutMs a connection must send a request's full headers within this time of opening, or of its
 *     previous response (keep-alive), else it is closed
 * @param bodyTimeoutMs a request's body must have arrived within this time of its headers
 * @param wsMaxInFlight asks one socket may have in progress; more get {@code busy}
 * @param wsAsksPerSecond frames one socket may send per second, on average; more get {@code rate-limited}
 * @param wsAskBurst frames one socket may send at once before {@code wsAsksPerSecond} applies
 * @param wsIdleTimeoutMs a socket that sends no frame for this long is closed (1000)
 * @param wsPingIntervalMs the server pings each socket this often
 * @param wsPongTimeoutMs a socket that has not answered a ping within this time is closed
 * @param wsPingsPerMinute client pings answered per socket and minute; one more closes the socket (1008)
 * @param wsDrainTimeoutMs a socket whose unsent answers fill its write queue is read no further; if they are
 *     still not sent after this long, it is closed (1013)
 * @param shutdownTimeoutMs on shutdown, how long answers in progress may take before every socket is closed (1001)
 */
public record LimitsConfig(int maxConnectionsPerIp, long headerTimeoutMs, long bodyTimeoutMs, int wsMaxInFlight,
    int wsAsksPerSecond, int wsAskBurst, long wsIdleTimeoutMs, long wsPingIntervalMs, long wsPongTimeoutMs,
    int wsPingsPerMinute, long wsDrainTimeoutMs, long shutdownTimeoutMs) {

  public LimitsConfig {
    if (maxConnectionsPerIp < 1 || wsMaxInFlight < 1 || wsAsksPerSecond < 1 || wsAskBurst < 1 || wsPingsPerMinute < 1) {
      throw new IllegalArgumentException("http.maxConnectionsPerIp, http.wsMaxInFlight, http.wsAsksPerSecond, "
          + "http.wsAskBurst and http.wsPingsPerMinute must be at least 1");
    }
    if (headerTimeoutMs < 1 || bodyTimeoutMs < 1 || wsIdleTimeoutMs < 1 || wsPingIntervalMs < 1
        || wsPongTimeoutMs < 1 || wsDrainTimeoutMs < 1 || shutdownTimeoutMs < 1) {
      throw new IllegalArgumentException("the http.*TimeoutMs and http.wsPingIntervalMs settings must be at least 1");
    }
  }

  /** Reads the limits from the {@code http} section. */
  public static LimitsConfig fromJson(JsonObject json) {
    Section s = new Section("http", json);
    return new LimitsConfig(s.integer("maxConnectionsPerIp"), s.longValue("headerTimeoutMs"),
        s.longValue("bodyTimeoutMs"), s.integer("wsMaxInFlight"), s.integer("wsAsksPerSecond"),
        s.integer("wsAskBurst"), s.longValue("wsIdleTimeoutMs"), s.longValue("wsPingIntervalMs"),
        s.longValue("wsPongTimeoutMs"), s.integer("wsPingsPerMinute"), s.longValue("wsDrainTimeoutMs"),
        s.longValue("shutdownTimeoutMs"));
  }
}
