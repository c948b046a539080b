package com.verbatim.web;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import com.verbatim.bus.Replies;
import com.verbatim.metrics.Meters;
import com.verbatim.model.Answer;
import com.verbatim.model.Ask;
import com.verbatim.model.UrlScope;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.core.http.ServerWebSocket;
import java.util.List;
import java.util.function.Function;

/**
 * One reader's WebSocket: each text frame is an ask, answered by an answer or an error frame.
 * A bad frame never closes the socket; the next ask works as before.
 */
final class AskSocket {

  private final ServerWebSocket socket;
  private final EventBus bus;
  private final ParagraphNumbers paragraphs;
  private final UrlScopes urlScopes;
  private final Function<Ask, Answer> cachedAnswers;
  private final Meters meters;
  private boolean oversized;

  private AskSocket(ServerWebSocket socket, EventBus bus, ParagraphNumbers paragraphs,
      Function<Ask, Answer> cachedAnswers, Meters meters) {
    this.socket = socket;
    this.meters = meters;
    this.bus = bus;
    this.paragraphs = paragraphs;
    this.urlScopes = new UrlScopes(bus);
    this.cachedAnswers = cachedAnswers;
  }

  /**
   * Serves {@code socket}; {@code paragraphs} adds each citation's paragraph, and {@code cachedAnswers} gives a
   * cached answer (or null) without leaving the event loop; {@code meters} times the asks and counts errors and
   * the close.
   */
  static void serve(ServerWebSocket socket, EventBus bus, ParagraphNumbers paragraphs,
      Function<Ask, Answer> cachedAnswers, Meters meters) {
    AskSocket handler = new AskSocket(socket, bus, paragraphs, cachedAnswers, meters);
    socket.closeHandler(v -> meters.wsClosed(socket.closeStatusCode()));
    socket.textMessageHandler(handler::onText);
    socket.exceptionHandler(handler::onFailure);
    socket.binaryMessageHandler(frame -> handler.sendError(null, ErrorCode.BINARY_FRAME,
        "binary frames are not supported; send a JSON text frame"));
  }

  /**
   * Vert.x drops a message longer than the server's limit and reports it here, once per frame that
   * does not fit: the reader hears about it once, and the socket stays open.
   */
  private void onFailure(Throwable error) {
    if (error instanceof IllegalStateException && !oversized) {
      oversized = true;
      sendError(null, ErrorCode.TOO_LONG, "the frame is too large; a question has at most "
          + Ask.MAX_QUESTION_CHARS + " characters");
    }
  }

  private void onText(String text) {
    oversized = false;
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
    Meters.AskTimer timer = meters.ask("ws");
    urlScopes.resolve(ask, urls)
        .compose(this::search)
        .onComplete(done -> timer.stop(done.succeeded()))
        .onSuccess(this::write)
        .onFailure(error -> sendError(id, Replies.codeOf(error), error.getMessage()));
  }

  /**
   * The answer frame of a scoped ask, with its notes; an ask whose scope fell to nothing is answered empty. A
   * cached answer is taken on this event loop; the Ask and Answer records cross the bus as they are
   * (bus.LocalCodecs), and the frame is encoded once, here.
   */
  private Future<JsonObject> search(UrlScopes.Scoped scoped) {
    if (!scoped.search()) {
      return Future.succeededFuture(UrlScopes.withNotes(new Answer(scoped.ask().id(), List.of(), 0).toJson(),
          scoped.notes()));
    }
    Answer cached = cachedAnswers.apply(scoped.ask());
    Future<Answer> answer = cached != null ? Future.succeededFuture(cached)
        : bus.<Answer>request(Addresses.INDEX_SEARCH, scoped.ask()).map(Message::body);
    return answer.compose(paragraphs::frame).map(frame -> UrlScopes.withNotes(frame, scoped.notes()));
  }

  private void sendError(String id, ErrorCode code, String message) {
    String safe = code == ErrorCode.INTERNAL ? "internal error" : message;
    meters.error(code.code(), "ws");
    write(new JsonObject().put("type", "error").put("id", id).mergeIn(Errors.body(code, safe)));
  }

  private void write(JsonObject frame) {
    writeText(frame.encode());
  }

  private void writeText(String frame) {
    if (!socket.isClosed()) {
      socket.writeTextMessage(frame);
    }
  }
}
