package com.verbatim.web;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import com.verbatim.bus.Replies;
import com.verbatim.model.Answer;
import com.verbatim.model.Ask;
import com.verbatim.model.CancellableAsk;
import com.verbatim.model.UrlScope;
import com.verbatim.metrics.Meters;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reader's WebSocket: each text frame is an ask, answered by an answer or an error frame. A bad frame
 * never closes the socket; the next ask works as before. The socket's limits ({@link LimitsConfig}) are kept
 * here: a frame beyond its rate gets {@code rate-limited}, an ask beyond its in-flight share gets {@code busy};
 * a socket whose answers are not read is read no further, and closed (1013) when they stay unread; a silent
 * socket is closed (1000); the socket's queued asks are cancelled when it closes. {@link SocketGuard} does the
 * frame-level part (protocol errors, pings).
 */
final class AskSocket {

  private static final Logger LOG = LoggerFactory.getLogger(AskSocket.class);

  /** What every socket of one web verticle shares; {@code meters} times the asks and counts errors and closes. */
  record Shared(Vertx vertx, ParagraphNumbers paragraphs, Function<Ask, Answer> cachedAnswers, LimitsConfig limits,
      LimitCounters counters, Meters meters) {
  }

  /** Normal closure: idle, or no pong (RFC 6455 7.4.1). */
  static final short NORMAL = 1000;
  static final short GOING_AWAY = 1001;
  static final short MESSAGE_TOO_BIG = 1009;
  static final short INTERNAL_ERROR = 1011;
  static final short TRY_AGAIN_LATER = 1013;
  /** Below this, a text frame that is refused for its rate is read for its id. */
  private static final int READ_ID_BELOW = 4096;

  private final ServerWebSocket socket;
  private final HttpConnection connection;
  private final Shared shared;
  private final EventBus bus;
  private final UrlScopes urlScopes;
  private final AskLimits limits;
  private final Promise<Void> closed = Promise.promise();
  /** Read by the index's threads through each {@link CancellableAsk}. */
  private volatile boolean gone;
  private boolean goingAway;
  private final SocketWriter writer;
  private final long tick;
  private long lastFrame = System.nanoTime();
  private long pingSent = -1;
  private long lastPing = System.nanoTime();

  private AskSocket(ServerWebSocket socket, HttpConnection connection, Shared shared) {
    this.socket = socket;
    this.connection = connection;
    this.shared = shared;
    this.bus = shared.vertx().eventBus();
    this.urlScopes = new UrlScopes(bus);
    this.limits = new AskLimits(shared.limits());
    this.writer = new SocketWriter(socket, shared.vertx(), shared.limits().wsDrainTimeoutMs(),
        () -> close(TRY_AGAIN_LATER, "answers not read: slow consumer"));
    LimitsConfig config = shared.limits();
    long period = Math.min(config.wsPingIntervalMs(), Math.min(config.wsPongTimeoutMs(), config.wsIdleTimeoutMs()));
    this.tick = shared.vertx().setPeriodic(Math.max(1, period / 2), id -> onTick());
  }

  /** Serves {@code socket}, upgraded from {@code connection}; the returned socket's {@link #closed()} completes once the connection is closed. */
  static AskSocket serve(ServerWebSocket socket, HttpConnection connection, Shared shared) {
    AskSocket handler = new AskSocket(socket, connection, shared);
    socket.textMessageHandler(text -> handler.guarded(() -> handler.onText(text)));
    socket.exceptionHandler(handler::onFailure);
    socket.binaryMessageHandler(frame -> handler.onBinary());
    socket.pongHandler(pong -> handler.pingSent = -1);
    socket.closeHandler(v -> handler.onClose());
    SocketGuard.install(connection, shared.limits().wsPingsPerMinute(), errorFrame(null, ErrorCode.TOO_LONG,
        "the frame is too large; a message has at most " + ServerOptions.MAX_WEBSOCKET_MESSAGE + " bytes").encode(),
        shared.counters());
    return handler;
  }

  /** Completes when the connection has closed, whoever closed it. */
  Future<Void> closed() {
    return closed.future();
  }

  /**
   * For a server shutting down: takes no more asks, and closes the socket (1001) once the answers in progress
   * are sent, or after {@code http.shutdownTimeoutMs}.
   */
  Future<Void> goAway() {
    goingAway = true;
    if (limits.inFlight() == 0) {
      close(GOING_AWAY, "server shutting down");
    } else {
      shared.vertx().setTimer(shared.limits().shutdownTimeoutMs(), id -> close(GOING_AWAY, "server shutting down"));
    }
    return closed();
  }

  /**
   * Vert.x drops a message of several frames longer than the limit and reports it here; the reader is told
   * ({@code too-long}) and the socket closed (1009), as for one frame over the limit (see {@link SocketGuard}).
   */
  private void onFailure(Throwable error) {
    if (error instanceof IllegalStateException && !socket.isClosed()) {
      sendError(null, ErrorCode.TOO_LONG, "the message is too large; a message has at most "
          + ServerOptions.MAX_WEBSOCKET_MESSAGE + " bytes");
      close(MESSAGE_TOO_BIG, "message too big");
    }
  }

  private void onBinary() {
    lastFrame = System.nanoTime();
    long wait = limits.takeToken();
    if (wait > 0) {
      rateLimited(null, wait);
    } else {
      sendError(null, ErrorCode.BINARY_FRAME, "binary frames are not supported; send a JSON text frame");
    }
  }

  private void onText(String text) {
    lastFrame = System.nanoTime();
    if (goingAway) {
      sendError(idOf(text), ErrorCode.OVERLOADED, "the server is shutting down; ask again once reconnected");
      return;
    }
    long wait = limits.takeToken();
    if (wait > 0) {
      rateLimited(text.length() < READ_ID_BELOW ? idOf(text) : null, wait);
      return;
    }
    JsonObject frame;
    try {
      frame = Json.decodeValue(text) instanceof JsonObject object ? object : null;
    } catch (DecodeException e) {
      sendError(null, ErrorCode.BAD_JSON, "the frame is not valid JSON");
      return;
    }
    if (frame == null) {
      sendError(null, ErrorCode.BAD_JSON, "the frame must be a JSON object");
      return;
    }
    String id = frame.getValue("id") instanceof String s ? s : null;
    Object type = frame.getValue("type");
    if (!"ask".equals(type)) {
      sendError(id, ErrorCode.UNKNOWN_TYPE, "unknown frame type " + Json.encode(type) + "; the only type is \"ask\"");
      return;
    }
    Ask ask;
    UrlScope urls;
    try {
      ask = Ask.fromJson(frame);
      urls = UrlScope.ofAsk(frame);
    } catch (ApiException e) {
      sendError(id, e.code(), e.getMessage());
      return;
    }
    if (!limits.tryStart()) {
      shared.counters().count(LimitCounters.Event.ASK_BUSY);
      sendError(id, ErrorCode.BUSY, "this socket already has " + limits.maxInFlight()
          + " asks in progress; ask again once one is answered");
      return;
    }
    answer(id, ask, urls);
  }

  /**
   * Answers a valid ask that has its place among the socket's asks in flight. A repeated question without page
   * URLs, whose cached answer this verticle has sent before, is answered at once, without a future.
   */
  private void answer(String id, Ask ask, UrlScope urls) {
    Meters.AskTimer timer = shared.meters().ask("ws");
    Future<String> frame;
    if (urls.isEmpty()) {
      Answer cached = cachedOrNull(ask);
      byte[] known = cached == null ? null : shared.paragraphs().knownFrame(cached, List.of());
      if (known != null) {
        timer.stop(true);
        answered();
        writer.writeUtf8(known);
        return;
      }
      frame = answer(ask, List.of(), cached);
    } else {
      frame = urlScopes.resolve(ask, urls).compose(this::search);
    }
    frame.onComplete(done -> {
          timer.stop(done.succeeded());
          answered();
        })
        .onSuccess(writer::write)
        .onFailure(error -> sendError(id, Replies.codeOf(error), error.getMessage()));
  }

  /**
   * The cached answer to {@code ask}, or null; a lookup that fails leaves the ask to the index, whose failure
   * then reaches the reader as an error frame, as it did when the lookup ran inside the ask's future.
   */
  private Answer cachedOrNull(Ask ask) {
    try {
      return shared.cachedAnswers().apply(ask);
    } catch (RuntimeException e) {
      LOG.warn("The answer cache failed; asking the index", e);
      return null;
    }
  }

  /** A failure of this handler itself (a bug) closes the socket 1011 rather than leaving it half served. */
  private void guarded(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.error("A socket's handler failed", e);
      close(INTERNAL_ERROR, "internal error");
    }
  }

  private void answered() {
    limits.done();
    if (goingAway && limits.inFlight() == 0) {
      // after this answer's frame is written (the handlers after this one run first)
      shared.vertx().runOnContext(v -> close(GOING_AWAY, "server shutting down"));
    }
  }

  /**
   * The answer frame of a scoped ask, with its notes; an ask whose scope fell to nothing is answered empty. A
   * cached answer is taken on this event loop; the Ask and Answer records cross the bus as they are
   * (bus.LocalCodecs), and the frame is encoded here, its quotes once per cached answer ({@link ParagraphNumbers}).
   */
  private Future<String> search(UrlScopes.Scoped scoped) {
    if (!scoped.search()) {
      return Future.succeededFuture(UrlScopes.withNotes(new Answer(scoped.ask().id(), List.of(), 0).toJson(),
          scoped.notes()).encode());
    }
    return answer(scoped.ask(), scoped.notes(), shared.cachedAnswers().apply(scoped.ask()));
  }

  /** The frame of {@code ask}'s answer: {@code cached} (may be null), else the index's search. */
  private Future<String> answer(Ask ask, List<String> notes, Answer cached) {
    Future<Answer> answer = cached != null ? Future.succeededFuture(cached)
        : bus.<Answer>request(Addresses.INDEX_SEARCH, new CancellableAsk(ask, () -> gone)).map(Message::body);
    return answer.compose(found -> shared.paragraphs().text(found, notes));
  }

  /** Pings on schedule; closes a socket silent for {@code wsIdleTimeoutMs} or deaf to a ping for {@code wsPongTimeoutMs}. */
  private void onTick() {
    LimitsConfig config = shared.limits();
    long now = System.nanoTime();
    if (pingSent >= 0 && now - pingSent >= millis(config.wsPongTimeoutMs())) {
      close(NORMAL, "no pong within " + config.wsPongTimeoutMs() + " ms");
    } else if (now - lastFrame >= millis(config.wsIdleTimeoutMs())) {
      close(NORMAL, "idle for " + config.wsIdleTimeoutMs() + " ms");
    } else if (pingSent < 0 && now - lastPing >= millis(config.wsPingIntervalMs()) && !socket.writeQueueFull()) {
      pingSent = now;
      lastPing = now;
      socket.writePing(io.vertx.core.buffer.Buffer.buffer());
    }
  }

  private static long millis(long ms) {
    return ms * 1_000_000L;
  }

  private void onClose() {
    gone = true;
    shared.meters().wsClosed(socket.closeStatusCode());
    shared.vertx().cancelTimer(tick);
    writer.closed();
    if (limits.inFlight() > 0) {
      shared.counters().count(LimitCounters.Event.ASK_CANCELLED, limits.inFlight());
    }
    closed.tryComplete();
  }

  /**
   * Sends a close frame; the connection is closed when the client answers it, or after
   * {@value ServerOptions#WEBSOCKET_CLOSING_SECONDS} s if it does not (or cannot, not reading).
   */
  private void close(short code, String reason) {
    if (!socket.isClosed()) {
      LOG.debug("Closing a socket from {}: {} {}", socket.remoteAddress(), code, reason);
      shared.counters().closed(code);
      socket.close(code, reason);
      shared.vertx().setTimer(ServerOptions.WEBSOCKET_CLOSING_SECONDS * 1000L, id -> {
        if (!closed.future().isComplete()) {
          LOG.debug("Closing the connection of a socket from {}: it did not answer the close", socket.remoteAddress());
          SocketGuard.forceClose(connection);
        }
      });
    }
  }

  private void rateLimited(String id, long retryAfterMs) {
    shared.counters().count(LimitCounters.Event.ASK_RATE_LIMITED);
    shared.meters().error(ErrorCode.RATE_LIMITED.code(), "ws");
    writer.write(errorFrame(id, ErrorCode.RATE_LIMITED, "too many frames on this socket; wait " + retryAfterMs
        + " ms before the next").put("retryAfterMs", retryAfterMs));
  }

  private void sendError(String id, ErrorCode code, String message) {
    shared.meters().error(code.code(), "ws");
    writer.write(errorFrame(id, code, message));
  }

  private static JsonObject errorFrame(String id, ErrorCode code, String message) {
    String safe = code == ErrorCode.INTERNAL ? "internal error" : message;
    return new JsonObject().put("type", "error").put("id", id).mergeIn(Errors.body(code, safe));
  }

  /** The id of a frame refused before it was validated, when it has one. */
  private static String idOf(String text) {
    try {
      return Json.decodeValue(text) instanceof JsonObject frame && frame.getValue("id") instanceof String id ? id : null;
    } catch (DecodeException e) {
      return null;
    }
  }
}
