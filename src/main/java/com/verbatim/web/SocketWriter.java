package com.verbatim.web;

import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * Writes one socket's frames with back-pressure: when the socket's write queue is full (the client does not
 * read), the socket is read no further until it drains, and {@code slowConsumer} runs (the socket is closed
 * 1013) if it has not drained within {@code drainTimeoutMs}. Frames to a closed socket are dropped.
 */
final class SocketWriter {

  private final ServerWebSocket socket;
  private final Vertx vertx;
  private final long drainTimeoutMs;
  private final Runnable slowConsumer;
  private boolean paused;
  private long drainTimer = -1;

  SocketWriter(ServerWebSocket socket, Vertx vertx, long drainTimeoutMs, Runnable slowConsumer) {
    this.socket = socket;
    this.vertx = vertx;
    this.drainTimeoutMs = drainTimeoutMs;
    this.slowConsumer = slowConsumer;
  }

  void write(JsonObject frame) {
    write(frame.encode());
  }

  /** A frame encoded already. */
  void write(String frame) {
    if (socket.isClosed()) {
      return;
    }
    socket.writeTextMessage(frame);
    checkWriteQueue();
  }

  /**
   * A frame in UTF-8: the same text frame on the wire as {@link #write(String)}. {@code writeTextMessage}
   * encodes its string to UTF-8 and sends one final text frame up to the server's frame size (else fragments);
   * an answer cached in UTF-8 is sent the same way without encoding it again (the frame class is Vert.x's own,
   * the one {@code writeTextMessage} builds, since the public factory takes a string).
   */
  void writeUtf8(byte[] frame) {
    if (socket.isClosed()) {
      return;
    }
    if (frame.length <= ServerOptions.MAX_WEBSOCKET_MESSAGE) {
      socket.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, frame, true));
    } else {
      socket.writeTextMessage(new String(frame, StandardCharsets.UTF_8));
    }
    checkWriteQueue();
  }

  /** The socket has closed: no drain deadline is left running. */
  void closed() {
    vertx.cancelTimer(drainTimer);
  }

  private void checkWriteQueue() {
    if (!paused && socket.writeQueueFull()) {
      paused = true;
      socket.pause();
      socket.drainHandler(v -> drained());
      drainTimer = vertx.setTimer(drainTimeoutMs, id -> slowConsumer.run());
    }
  }

  private void drained() {
    paused = false;
    vertx.cancelTimer(drainTimer);
    socket.resume();
  }
}
