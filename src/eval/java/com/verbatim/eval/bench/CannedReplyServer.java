package com.verbatim.eval.bench;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ceiling of the stack: a Vert.x WebSocket server on {@code /ws} that answers every text frame with the
 * same canned answer frame (a real answer of the product, so the same size on the wire) carrying the ask's
 * {@code id}, with no other work in between. Deployed like the product's web verticle, one instance per event
 * loop.
 *
 * <p>Arguments: {@code FRAME_FILE PORT [HOST]}; prints {@code listening PORT} once ready.
 */
public final class CannedReplyServer extends VerticleBase {

  private static final String ID = "\"id\":\"";

  private final String beforeId;
  private final String afterId;
  private final String host;
  private final int port;
  private volatile HttpServer server;

  /** {@code frame} must hold an {@code "id":"..."}: the reply's id goes in its place. */
  CannedReplyServer(String frame, String host, int port) {
    int start = frame.indexOf(ID);
    int end = start < 0 ? -1 : frame.indexOf('"', start + ID.length());
    if (end < 0) {
      throw new IllegalArgumentException("the canned frame has no \"id\":\"...\": " + frame);
    }
    this.beforeId = frame.substring(0, start + ID.length());
    this.afterId = frame.substring(end);
    this.host = host;
    this.port = port;
  }

  @Override
  public Future<?> start() {
    return vertx.createHttpServer(new HttpServerOptions().setMaxWebSocketMessageSize(1024 * 1024))
        .webSocketHandler(socket -> socket.textMessageHandler(text -> socket.writeTextMessage(reply(text))))
        .listen(port, host).onSuccess(bound -> server = bound);
  }

  /** The port this instance listens on (the bound one when started on port 0). */
  int actualPort() {
    return server.actualPort();
  }

  /** The canned frame with the ask's id (read without parsing the ask: the ceiling does no other work). */
  String reply(String ask) {
    int start = ask.indexOf(ID);
    int end = start < 0 ? -1 : ask.indexOf('"', start + ID.length());
    String id = end < 0 ? "" : ask.substring(start + ID.length(), end);
    return beforeId + id + afterId;
  }

  public static void main(String[] args) throws Exception {
    String frame = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int port = Integer.parseInt(args[1]);
    String host = args.length > 2 ? args[2] : "127.0.0.1";
    Vertx vertx = Vertx.vertx();
    vertx.deployVerticle(() -> new CannedReplyServer(frame, host, port),
        new DeploymentOptions().setInstances(VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE)).await();
    System.out.println("listening " + port);
  }
}
