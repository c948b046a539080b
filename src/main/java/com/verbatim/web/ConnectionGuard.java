package com.verbatim.web;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP server's connection limits, on its event loop: a connection from an address that already holds
 * {@code http.maxConnectionsPerIp} is closed at once; a connection must send a request's full headers within
 * {@code http.headerTimeoutMs} of opening or of its previous response (so a slowloris client, or a keep-alive
 * connection left idle, is closed), and the request's body within {@code http.bodyTimeoutMs} of its headers.
 * Each connection is checked every half of the shorter timeout, so one is closed up to half a timeout late. A connection upgraded to a WebSocket keeps its count, but its timing is {@link AskSocket}'s.
 */
final class ConnectionGuard {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

  private final Vertx vertx;
  private final LimitsConfig limits;
  private final ConnectionCounts counts;
  private final LimitCounters counters;
  private final Map<HttpConnection, Watch> watched = new HashMap<>();

  ConnectionGuard(Vertx vertx, LimitsConfig limits, ConnectionCounts counts, LimitCounters counters) {
    this.vertx = vertx;
    this.limits = limits;
    this.counts = counts;
    this.counters = counters;
  }

  /** The server's connection handler. */
  void connected(HttpConnection connection) {
    String address = connection.remoteAddress() == null ? "unknown" : connection.remoteAddress().hostAddress();
    if (!counts.tryOpen(address)) {
      counters.count(LimitCounters.Event.CONNECTION_REFUSED);
      LOG.debug("Refused a connection from {}: {} open", address, counts.open(address));
      connection.close();
      return;
    }
    Watch watch = new Watch(connection, address);
    watched.put(connection, watch);
    connection.closeHandler(v -> watch.release());
  }

  /** {@code next}, after noting on its connection that a request's headers have arrived. */
  Handler<HttpServerRequest> requests(Handler<HttpServerRequest> next) {
    return request -> {
      Watch watch = watched.get(request.connection());
      if (watch != null) {
        watch.request = request;
        watch.since = System.nanoTime();
        watch.waiting = false;
      }
      next.handle(request);
    };
  }

  /** Stops timing a connection that became a WebSocket; returns what releases its count when the socket closes. */
  Runnable upgraded(HttpConnection connection) {
    Watch watch = watched.get(connection);
    if (watch == null) {
      return () -> { };
    }
    vertx.cancelTimer(watch.timer);
    return watch::release;
  }

  /** Connections being watched; for tests. */
  int watched() {
    return watched.size();
  }

  /** One connection: its count, and the request it is on. */
  private final class Watch {
    private final HttpConnection connection;
    private final String address;
    private final long timer;
    private HttpServerRequest request;
    /** When the connection opened, its last request arrived, or (seen at a check) its last response ended. */
    private long since = System.nanoTime();
    /** Whether the connection is waiting for a request's headers. */
    private boolean waiting = true;
    private boolean released;

    Watch(HttpConnection connection, String address) {
      this.connection = connection;
      this.address = address;
      long period = Math.min(limits.headerTimeoutMs(), limits.bodyTimeoutMs()) / 2;
      this.timer = vertx.setPeriodic(Math.max(1, period), id -> check());
    }

    private void check() {
      long now = System.nanoTime();
      if (request != null && !request.isEnded()) {
        if (now - since >= limits.bodyTimeoutMs() * 1_000_000L) {
          close(LimitCounters.Event.BODY_TIMEOUT);
        }
      } else if (request != null && !request.response().ended()) {
        since = now; // the server is still answering: not the client's time
      } else if (!waiting) {
        waiting = true;
        since = now;
      } else if (now - since >= limits.headerTimeoutMs() * 1_000_000L) {
        close(LimitCounters.Event.HEADER_TIMEOUT);
      }
    }

    private void close(LimitCounters.Event why) {
      counters.count(why);
      LOG.debug("Closing a connection from {}: {}", address, why);
      connection.close();
      release();
    }

    void release() {
      if (!released) {
        released = true;
        vertx.cancelTimer(timer);
        watched.remove(connection);
        counts.close(address);
      }
    }
  }
}
