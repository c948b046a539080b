package com.verbatim.eval.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A closed-loop load generator over WebSocket: {@code connections} sockets, spread over several loopback
 * source addresses, each with one ask in flight; a socket sends its next ask as soon as its answer arrives.
 * Latencies (send to answer frame) go into an HdrHistogram {@link Recorder}; the warm-up is measured and
 * thrown away.
 */
public final class ClosedLoopClient {

  /** One measured run: answers (and error frames) in the measured window, its length, and the latencies. */
  public record Result(long answers, long errors, double seconds, Histogram latencyMicros, long bytesPerAnswer) {

    public double perSecond() {
      return answers / seconds;
    }

    public double p50Ms() {
      return latencyMicros.getValueAtPercentile(50) / 1000.0;
    }

    public double p99Ms() {
      return latencyMicros.getValueAtPercentile(99) / 1000.0;
    }

    public JsonObject toJson() {
      return new JsonObject().put("answersPerSecond", Math.round(perSecond() * 10) / 10.0)
          .put("p50Ms", p50Ms()).put("p99Ms", p99Ms()).put("maxMs", latencyMicros.getMaxValue() / 1000.0)
          .put("answers", answers).put("errors", errors).put("seconds", seconds).put("bytesPerAnswer", bytesPerAnswer);
    }
  }

  private final Vertx vertx;
  private final int connections;
  private final int sources;

  /** {@code connections} sockets from {@code sources} addresses 127.0.0.1, 127.0.0.2, ... (loopback only). */
  public ClosedLoopClient(Vertx vertx, int connections, int sources) {
    if (sources < 1 || sources > 250 || connections < 1) {
      throw new IllegalArgumentException("1 to 250 source addresses and at least one connection");
    }
    this.vertx = vertx;
    this.connections = connections;
    this.sources = sources;
  }

  /**
   * Runs against {@code ws://127.0.0.1:port/ws}: asks are the frames {@code frames} makes of a running number
   * (never the same number twice across all sockets), {@code warmUpSeconds} unrecorded, then
   * {@code seconds} recorded. {@code lastFrame} receives one answer frame of the recorded window.
   */
  public Result run(int port, LongFunction<String> frames, double warmUpSeconds, double seconds,
      java.util.function.Consumer<String> lastFrame) throws Exception {
    Recorder recorder = new Recorder(3);
    AtomicLong next = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicLong frameCount = new AtomicLong();
    Phase phase = new Phase();
    List<WebSocketClient> clients = new ArrayList<>();
    for (int s = 0; s < sources; s++) {
      clients.add(vertx.createWebSocketClient(new WebSocketClientOptions().setLocalAddress("127.0.0." + (s + 1))
          .setMaxFrameSize(1024 * 1024).setMaxMessageSize(4 * 1024 * 1024)));
    }
    List<Future<WebSocket>> sockets = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      sockets.add(clients.get(c % sources).connect(port, "127.0.0.1", "/ws"));
    }
    Future.all(sockets).await();
    for (Future<WebSocket> f : sockets) {
      WebSocket socket = f.result();
      long[] sentAt = new long[1];
      Runnable send = () -> {
        sentAt[0] = System.nanoTime();
        socket.writeTextMessage(frames.apply(next.getAndIncrement()));
      };
      socket.textMessageHandler(text -> {
        long micros = (System.nanoTime() - sentAt[0]) / 1000;
        if (phase.recording) {
          if (text.startsWith("{\"type\":\"error\"")) {
            errors.incrementAndGet();
          } else {
            recorder.recordValue(Math.max(1, micros));
            bytes.addAndGet(text.length());
            if (frameCount.incrementAndGet() == 1) {
              lastFrame.accept(text);
            }
          }
        }
        if (!phase.stopped) {
          send.run();
        }
      });
      send.run(); // a write from this thread is handed to the socket's event loop
    }
    Thread.sleep((long) (warmUpSeconds * 1000));
    recorder.getIntervalHistogram();
    errors.set(0);
    phase.recording = true;
    long started = System.nanoTime();
    Thread.sleep((long) (seconds * 1000));
    phase.recording = false;
    Histogram measured = recorder.getIntervalHistogram();
    double elapsed = (System.nanoTime() - started) / 1e9;
    phase.stopped = true;
    for (Future<WebSocket> f : sockets) {
      f.result().close().await();
    }
    clients.forEach(c -> c.close().await());
    long answers = measured.getTotalCount();
    return new Result(answers, errors.get(), elapsed, measured, answers == 0 ? 0 : bytes.get() / answers);
  }

  private static final class Phase {
    volatile boolean recording;
    volatile boolean stopped;
  }
}
