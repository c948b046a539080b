package com.verbatim.support;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;

/** A WebSocket client for tests: send a frame, then wait for the next frame the server sends. */
public final class AskClient {

  /** Held: Vert.x closes a client's connections once the client itself is garbage collected. */
  private final WebSocketClient client;
  private final WebSocket socket;
  private final Deque<JsonObject> received = new ArrayDeque<>();
  private final Deque<Promise<JsonObject>> waiting = new ArrayDeque<>();
  private final Promise<Short> closed = Promise.promise();

  private AskClient(WebSocketClient client, WebSocket socket) {
    this.client = client;
    this.socket = socket;
    socket.closeHandler(v -> closed.tryComplete(socket.closeStatusCode()));
    socket.textMessageHandler(text -> {
      JsonObject frame = new JsonObject(text);
      Promise<JsonObject> next = waiting.poll();
      if (next != null) {
        next.complete(frame);
      } else {
        received.add(frame);
      }
    });
  }

  public static Future<AskClient> connect(Vertx vertx, int port) {
    WebSocketClient client = vertx.createWebSocketClient();
    return client.connect(port, "127.0.0.1", "/ws").map(socket -> new AskClient(client, socket));
  }

  /** Sends a text frame and completes with the server's next frame. */
  public Future<JsonObject> send(String text) {
    return socket.writeTextMessage(text).compose(v -> next());
  }

  public Future<JsonObject> ask(String id, String question, int limit) {
    return send(new JsonObject().put("type", "ask").put("id", id).put("question", question).put("limit", limit).encode());
  }

  public Future<JsonObject> sendBinary(Buffer data) {
    return socket.writeBinaryMessage(data).compose(v -> next());
  }

  /** Completes with the close code the server sent (null without one) once the socket is closed. */
  public Future<Short> closed() {
    return closed.future();
  }

  /** Closes the socket and its client. */
  public Future<Void> close() {
    return client.close();
  }

  public boolean isClosed() {
    return socket.isClosed();
  }

  private Future<JsonObject> next() {
    JsonObject ready = received.poll();
    if (ready != null) {
      return Future.succeededFuture(ready);
    }
    Promise<JsonObject> promise = Promise.promise();
    waiting.add(promise);
    return promise.future();
  }
}
