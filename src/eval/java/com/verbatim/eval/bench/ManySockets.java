package com.verbatim.eval.bench;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * {@code scenario=many-sockets}: hold {@code sockets=19000} WebSockets open on the product at once, each asking
 * the hot question as soon as it is open and counted when its answer comes within {@code answerWithinMs=10000};
 * then the server's resident memory and open files with them all open. File descriptors: the product is a
 * child JVM and this process is the client, so each side counts its own sockets against its own limit
 * ({@code ulimit -n}, 20,000 here); the sockets come from {@code socketSources=8} loopback addresses
 * (127.0.0.1 to .8), each with its own ephemeral ports, at most 256 handshakes at a time.
 */
final class ManySockets {

  private final Bench bench;

  ManySockets(Bench bench) {
    this.bench = bench;
  }

  JsonObject run() throws Exception {
    int sockets = bench.intArg("sockets", 19_000);
    int sources = bench.intArg("socketSources", 8);
    long withinMs = bench.intArg("answerWithinMs", 10_000);
    System.out.printf(Locale.ROOT, "many-sockets: %d sockets from %d addresses; open files limit %s here%n", sockets,
        sources, openFilesLimit());
    try (Servers.Product product = bench.servers.product("many-sockets", Files.createTempDirectory(bench.data, "many-"),
        bench.semantic(), true)) {
      bench.answerFrame(product.port(), n -> Bench.HOT);
      long rssBefore = product.jvm().rssKb();
      long filesBefore = product.jvm().openFiles();
      Holder holder = new Holder(bench.vertx, product.port(), sources, sockets);
      long started = System.nanoTime();
      holder.openAll(Questions.frames(n -> Bench.HOT, Bench.LIMIT).apply(0));
      boolean settled = holder.settled.await(withinMs + 300_000, TimeUnit.MILLISECONDS);
      double seconds = (System.nanoTime() - started) / 1e9;
      long rssHeld = product.jvm().rssKb();
      long filesHeld = product.jvm().openFiles();
      long open = holder.open.stream().filter(s -> !s.isClosed()).count();
      Histogram latency = holder.latency.getIntervalHistogram();
      long inTime = latency.getCountBetweenValues(0, withinMs * 1000);
      holder.close();
      double perSocketKb = open == 0 ? 0 : (rssHeld - rssBefore) / (double) open;
      System.out.printf(Locale.ROOT, "many-sockets: %d of %d open at once (%d failed to connect, %d errors), %d answered"
              + " within %d ms (p50 %.0f ms, p99 %.0f, max %.0f) in %.1f s; server RSS %d MB before, %d MB with them"
              + " (%.1f kB a socket), open files %d -> %d%s%n",
          open, sockets, holder.connectFailures.get(), holder.errors.get(), inTime, withinMs,
          percentileMs(latency, 50), percentileMs(latency, 99), latency.getMaxValue() / 1000.0, seconds,
          rssBefore / 1024, rssHeld / 1024, perSocketKb, filesBefore, filesHeld, settled ? "" : " (timed out)");
      return new JsonObject().put("sockets", sockets).put("sources", sources).put("openAtOnce", open)
          .put("connectFailures", holder.connectFailures.get()).put("errorFrames", holder.errors.get())
          .put("answeredWithin", inTime).put("answerWithinMs", withinMs).put("p50Ms", percentileMs(latency, 50))
          .put("p99Ms", percentileMs(latency, 99)).put("maxMs", latency.getMaxValue() / 1000.0)
          .put("seconds", Bench.round(seconds, 1)).put("serverRssKbBefore", rssBefore)
          .put("serverRssKbHeld", rssHeld).put("serverRssKbPerSocket", Bench.round(perSocketKb, 1))
          .put("serverOpenFilesBefore", filesBefore).put("serverOpenFilesHeld", filesHeld)
          .put("openFilesLimit", openFilesLimit());
    }
  }

  private static double percentileMs(Histogram h, double p) {
    return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(p) / 1000.0;
  }

  private static String openFilesLimit() {
    try {
      return Files.readAllLines(Path.of("/proc/self/limits")).stream().filter(l -> l.startsWith("Max open files"))
          .map(l -> l.replaceAll("^Max open files\\s+(\\S+).*$", "$1")).findFirst().orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }

  /** The sockets: opened 256 at a time, each asks once; {@code settled} counts down once per socket answered or failed. */
  private static final class Holder {
    final Recorder latency = new Recorder(3);
    final Queue<WebSocket> open = new ConcurrentLinkedQueue<>();
    final AtomicInteger connectFailures = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();
    final CountDownLatch settled;
    private final List<WebSocketClient> clients = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final int port;
    private final int sockets;

    Holder(Vertx vertx, int port, int sources, int sockets) {
      this.port = port;
      this.sockets = sockets;
      this.settled = new CountDownLatch(sockets);
      for (int s = 0; s < sources; s++) {
        clients.add(vertx.createWebSocketClient(new WebSocketClientOptions().setLocalAddress("127.0.0." + (s + 1))
            .setMaxConnections(sockets / sources + 1).setConnectTimeout(60_000)
            .setMaxFrameSize(1024 * 1024).setMaxMessageSize(16 * 1024 * 1024)));
      }
    }

    void openAll(String ask) {
      for (int i = 0; i < Math.min(256, sockets); i++) {
        openNext(ask);
      }
    }

    private void openNext(String ask) {
      int i = next.getAndIncrement();
      if (i >= sockets) {
        return;
      }
      clients.get(i % clients.size()).connect(port, "127.0.0.1", "/ws").onComplete(result -> {
        if (result.failed()) {
          connectFailures.incrementAndGet();
          settled.countDown();
        } else {
          WebSocket socket = result.result();
          open.add(socket);
          long sentAt = System.nanoTime();
          boolean[] first = {true};
          socket.textMessageHandler(text -> {
            if (first[0]) {
              first[0] = false;
              if (Reply.of(text).kind() == Reply.Kind.ANSWER) {
                latency.recordValue(Math.max(1, (System.nanoTime() - sentAt) / 1000));
              } else {
                errors.incrementAndGet();
              }
              settled.countDown();
            }
          });
          socket.writeTextMessage(ask);
        }
        openNext(ask);
      });
    }

    void close() {
      open.forEach(WebSocket::close);
      clients.forEach(c -> c.close().await());
    }
  }
}
