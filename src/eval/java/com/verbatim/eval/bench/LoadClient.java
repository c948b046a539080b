package com.verbatim.eval.bench;

import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A load generator over WebSocket: {@code connections} sockets to {@code /ws}, spread over loopback source
 * addresses (127.0.0.{@code firstSource}, the next ...), driven in a closed loop (one ask in flight per socket,
 * the next sent when its reply arrives) or an open loop (asks at a fixed total rate whatever the replies do;
 * latency counted from the time an ask was due, not the time it went out, so a stalled server is not
 * hidden by a stalled client: no coordinated omission). Answers are matched to asks by {@code id}; error
 * frames ({@code busy}, {@code rate-limited}, ...) and the server's close codes are counted apart
 * ({@link Tally}) and never enter the latency histogram.
 */
public final class LoadClient implements AutoCloseable {

  private final Vertx vertx;
  private final List<WebSocketClient> clients = new ArrayList<>();
  private final List<Conn> conns = new ArrayList<>();
  private final Tally tally = new Tally();
  private final Recorder recorder = new Recorder(3);
  /** Ask numbers go on across clients, so a never-repeated stream does not repeat in the next window. */
  private static final AtomicLong NEXT = new AtomicLong();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong replies = new AtomicLong();
  private final AtomicLong processed = new AtomicLong();
  private final CountDownLatch allReplied = new CountDownLatch(1);
  private volatile long replyLimit = Long.MAX_VALUE;
  private volatile boolean recording;
  private volatile boolean stopped;
  /** Asks an open loop may still send ({@link #openLoopFor}); unbounded otherwise. */
  private final AtomicLong budget = new AtomicLong(Long.MAX_VALUE);
  private String deployment;

  private LoadClient(Vertx vertx) {
    this.vertx = vertx;
  }

  /**
   * Opens every socket of {@code target} (at most 256 handshakes at a time); fails if one does not open. The
   * sockets are spread over the event loops of {@code vertx} (one context each, so a socket's reads, writes and
   * timers stay on one thread): connected from the caller's thread, they would all share one event loop.
   */
  public static LoadClient connect(Vertx vertx, Target target) {
    LoadClient client = new LoadClient(vertx);
    int perSource = (target.connections() + target.sources() - 1) / target.sources();
    for (int s = 0; s < target.sources(); s++) {
      client.clients.add(vertx.createWebSocketClient(new WebSocketClientOptions()
          .setLocalAddress("127.0.0." + (target.firstSource() + s)).setMaxConnections(perSource + 1)
          .setMaxFrameSize(1024 * 1024).setMaxMessageSize(16 * 1024 * 1024)));
    }
    List<Context> loops = client.eventLoops(Math.min(target.connections(), VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE));
    for (int from = 0; from < target.connections(); from += 256) {
      List<Future<Conn>> batch = new ArrayList<>();
      for (int c = from; c < Math.min(target.connections(), from + 256); c++) {
        WebSocketClient on = client.clients.get(c % target.sources());
        Context loop = loops.get(c % loops.size());
        Promise<Conn> opened = Promise.promise();
        loop.runOnContext(v -> on.connect(target.connectOptions()).map(socket -> client.new Conn(socket, loop))
            .onComplete(opened));
        batch.add(opened.future());
      }
      Future.all(batch).await();
      batch.forEach(f -> client.conns.add(f.result()));
    }
    return client;
  }

  /** {@code count} event-loop contexts, on distinct event loops while there are as many: a verticle instance's each. */
  private List<Context> eventLoops(int count) {
    List<Context> loops = new CopyOnWriteArrayList<>();
    deployment = vertx.deployVerticle(() -> new VerticleBase() {
      @Override
      public Future<?> start() {
        loops.add(context);
        return Future.succeededFuture();
      }
    }, new DeploymentOptions().setInstances(count)).await();
    return loops;
  }

  /** How many event-loop threads this client's sockets run on. */
  int eventLoopThreads() {
    return conns.stream().map(c -> c.thread).collect(Collectors.toSet()).size();
  }

  /** Closed loop: every socket keeps one ask in flight; {@code warmUpSeconds} unrecorded, then {@code seconds}. */
  public LoadResult closedLoop(LongFunction<String> frames, double warmUpSeconds, double seconds) throws InterruptedException {
    conns.forEach(c -> c.context.runOnContext(v -> c.closedLoop(frames)));
    return measure(warmUpSeconds, seconds);
  }

  /**
   * Closed loop until exactly {@code total} replies are counted (the smoke test's run: counts, no clock); waits
   * at most {@code timeoutSeconds}.
   */
  public LoadResult closedLoopFor(LongFunction<String> frames, long total, long timeoutSeconds)
      throws InterruptedException {
    replyLimit = total;
    long started = System.nanoTime();
    recording = true;
    conns.forEach(c -> c.context.runOnContext(v -> c.closedLoop(frames)));
    if (!allReplied.await(timeoutSeconds, TimeUnit.SECONDS)) {
      throw new IllegalStateException(replies.get() + " of " + total + " replies in " + timeoutSeconds + " s");
    }
    recording = false;
    Histogram measured = recorder.getIntervalHistogram();
    return new LoadResult(tally, (System.nanoTime() - started) / 1e9, measured, sent.get(),
        conns.stream().mapToLong(c -> c.inFlight.size()).sum());
  }

  /**
   * Open loop: {@code ratePerSecond} asks a second over all sockets, evenly spaced, whatever the replies do: on
   * each event loop one timer sends the asks that have come due, in turn over the loop's sockets (see
   * {@link Pacer}); a loop late on its schedule sends what it owes at once.
   */
  public LoadResult openLoop(LongFunction<String> frames, double ratePerSecond, double warmUpSeconds, double seconds)
      throws Exception {
    startOpenLoop(frames, ratePerSecond);
    return measure(warmUpSeconds, () -> sleep(seconds));
  }

  /** {@link #openLoop}, measured from the end of the warm-up until {@code end} completes. */
  public LoadResult openLoopUntil(LongFunction<String> frames, double ratePerSecond, double warmUpSeconds,
      CompletableFuture<?> end) throws Exception {
    startOpenLoop(frames, ratePerSecond);
    return measure(warmUpSeconds, () -> end);
  }

  /**
   * Open loop until exactly {@code total} asks are sent and each has its reply (the smoke test's run: counts, no
   * clock); waits at most {@code timeoutSeconds}.
   */
  public LoadResult openLoopFor(LongFunction<String> frames, double ratePerSecond, long total, long timeoutSeconds)
      throws InterruptedException {
    replyLimit = total;
    budget.set(total);
    long started = System.nanoTime();
    recording = true;
    startOpenLoop(frames, ratePerSecond);
    if (!allReplied.await(timeoutSeconds, TimeUnit.SECONDS)) {
      throw new IllegalStateException(replies.get() + " of " + total + " replies in " + timeoutSeconds + " s");
    }
    recording = false;
    return new LoadResult(tally, (System.nanoTime() - started) / 1e9, recorder.getIntervalHistogram(), sent.get(),
        conns.stream().mapToLong(c -> c.inFlight.size()).sum());
  }

  /**
   * One pacer per event loop, for the sockets on it: each loop takes its share of the rate, its first ask due a
   * fraction of its interval after the previous loop's, so the asks of all loops together are evenly spaced.
   */
  private void startOpenLoop(LongFunction<String> frames, double ratePerSecond) {
    Map<Context, List<Conn>> byLoop = new LinkedHashMap<>();
    conns.forEach(c -> byLoop.computeIfAbsent(c.context, k -> new ArrayList<>()).add(c));
    long start = System.nanoTime();
    int i = 0;
    for (List<Conn> group : byLoop.values()) {
      long intervalNanos = (long) (conns.size() * 1e9 / (ratePerSecond * group.size()));
      new Pacer(group, frames, start + intervalNanos * i++ / byLoop.size(), intervalNanos).start();
    }
  }

  /**
   * A flood from every socket of this client: asks written as fast as the socket takes them (64 at a time, then
   * a 1 ms pause for the event loop), never reading the replies ({@code read=false}: the socket is paused, so
   * the server's writes back up) or reading one frame every 100 ms. Runs until {@link #close()}.
   */
  public void flood(LongFunction<String> frames, boolean read) {
    conns.forEach(c -> c.context.runOnContext(v -> c.flood(frames, read)));
  }

  /** Sends {@code frame} on the first socket and returns the first frame that comes back (within a minute). */
  public String ask(String frame) {
    Promise<String> reply = Promise.promise();
    WebSocket socket = conns.get(0).socket;
    socket.textMessageHandler(reply::tryComplete);
    socket.writeTextMessage(frame);
    return reply.future().timeout(1, TimeUnit.MINUTES).await();
  }

  /** The counts since {@link #connect} (or since the last measured window began). */
  public Tally tally() {
    return tally;
  }

  /** Asks sent so far. */
  public long sent() {
    return sent.get();
  }

  private LoadResult measure(double warmUpSeconds, double seconds) throws InterruptedException {
    try {
      return measure(warmUpSeconds, () -> sleep(seconds));
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static CompletableFuture<Void> sleep(double seconds) {
    return CompletableFuture.runAsync(() -> { },
        CompletableFuture.delayedExecutor((long) (seconds * 1000), TimeUnit.MILLISECONDS));
  }

  /** Warm-up, then the window: from then until {@code end}'s future completes. */
  private LoadResult measure(double warmUpSeconds, Supplier<CompletableFuture<?>> end)
      throws InterruptedException, ExecutionException {
    Thread.sleep((long) (warmUpSeconds * 1000));
    recorder.getIntervalHistogram();
    tally.reset();
    long sentBefore = sent.get();
    recording = true;
    long started = System.nanoTime();
    end.get().get();
    recording = false;
    Histogram measured = recorder.getIntervalHistogram();
    double elapsed = (System.nanoTime() - started) / 1e9;
    long sentInWindow = sent.get() - sentBefore;
    stopped = true;
    long inFlight = conns.stream().mapToLong(c -> c.inFlight.size()).sum();
    return new LoadResult(tally, elapsed, measured, sentInWindow, inFlight);
  }

  @Override
  public void close() {
    stopped = true;
    conns.forEach(c -> c.socket.close());
    for (WebSocketClient client : clients) {
      try {
        client.close().await(15, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        // a server that never finishes the closing handshake must not hang the run; its JVM is killed at the end
        System.out.println("warning: a client's sockets did not close within 15 s");
      }
    }
    if (deployment != null) {
      vertx.undeploy(deployment).await();
    }
  }

  /**
   * The open loop of the sockets on one event loop: one periodic timer on that loop sends every ask that has
   * come due since its last tick, each on the next socket in turn and timed from when it was due (a tick late
   * by a stalled loop sends all it owes at once, and their latencies say so).
   */
  private final class Pacer {
    private final List<Conn> sockets;
    private final LongFunction<String> frames;
    private final long intervalNanos;
    private long due;
    private int next;

    Pacer(List<Conn> sockets, LongFunction<String> frames, long firstDue, long intervalNanos) {
      this.sockets = sockets;
      this.frames = frames;
      this.due = firstDue;
      this.intervalNanos = intervalNanos;
    }

    void start() {
      long tickMs = Math.max(1, Math.min(10, intervalNanos / 2_000_000));
      sockets.get(0).context.runOnContext(v -> vertx.setPeriodic(tickMs, this::tick));
    }

    private void tick(long timer) {
      long now = System.nanoTime();
      while (due <= now) {
        if (stopped || budget.getAndDecrement() <= 0) {
          vertx.cancelTimer(timer);
          return;
        }
        sockets.get(next).send(frames, due);
        next = (next + 1) % sockets.size();
        due += intervalNanos;
      }
    }
  }

  /** One socket: its asks in flight by id, with the time each was due. */
  private final class Conn {
    final WebSocket socket;
    final Context context;
    final Thread thread = Thread.currentThread();
    final Map<String, Long> inFlight = new ConcurrentHashMap<>();
    Runnable onAnswer = () -> { };

    /** {@code context}: the socket's own, where its timers run, so its writes never hop threads. */
    Conn(WebSocket socket, Context context) {
      this.socket = socket;
      this.context = context;
      socket.textMessageHandler(this::onText);
      socket.closeHandler(v -> {
        if (!stopped) {
          tally.closed(socket.closeStatusCode());
        }
      });
      socket.exceptionHandler(e -> { });
    }

    void send(LongFunction<String> frames, long dueNanos) {
      long n = NEXT.getAndIncrement();
      String frame = frames.apply(n);
      inFlight.put(Questions.idOf(n), dueNanos);
      sent.incrementAndGet();
      socket.writeTextMessage(frame);
    }

    /** A flood's ask: not remembered, since its replies are mostly never read. */
    void sendUntracked(LongFunction<String> frames) {
      sent.incrementAndGet();
      socket.writeTextMessage(frames.apply(NEXT.getAndIncrement()));
    }

    void onText(String text) {
      long now = System.nanoTime();
      Reply reply = Reply.of(text);
      Long due = reply.id() == null ? null : inFlight.remove(reply.id());
      long count = replies.incrementAndGet();
      if (count > replyLimit) {
        return;
      }
      if (recording) {
        switch (reply.kind()) {
          case ANSWER -> {
            if (due == null) {
              tally.unknownId();
            } else {
              tally.answer();
              recorder.recordValue(Math.max(1, (now - due) / 1000));
            }
          }
          case ERROR -> tally.error(reply.code());
          case OTHER -> tally.other(reply.code());
        }
      }
      if (reply.kind() == Reply.Kind.ERROR && reply.retryAfterMs() > 0 && !stopped) {
        vertx.setTimer(reply.retryAfterMs(), t -> onAnswer.run());
      } else {
        onAnswer.run();
      }
      if (processed.incrementAndGet() == replyLimit) {
        stopped = true;
        allReplied.countDown();
      }
    }

    void closedLoop(LongFunction<String> frames) {
      onAnswer = () -> {
        if (!stopped) {
          send(frames, System.nanoTime());
        }
      };
      send(frames, System.nanoTime());
    }

    void flood(LongFunction<String> frames, boolean read) {
      socket.pause();
      if (read) {
        vertx.setPeriodic(100, timer -> socket.fetch(1));
      }
      pump(frames);
    }

    private void pump(LongFunction<String> frames) {
      int burst = 0;
      while (!stopped && burst++ < 64 && !socket.writeQueueFull()) {
        sendUntracked(frames);
      }
      if (stopped || socket.isClosed()) {
        return;
      }
      if (socket.writeQueueFull()) {
        socket.drainHandler(v -> pump(frames));
      } else {
        vertx.setTimer(1, t -> pump(frames));
      }
    }
  }
}
