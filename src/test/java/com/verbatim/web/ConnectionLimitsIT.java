package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.RawWebSocket;
import com.verbatim.support.WebOnly;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Connection-level limits (per address, header and body timeouts), through plain sockets. */
@ExtendWith(VertxExtension.class)
@DisplayName("Connection limits: per address, slowloris, slow bodies")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConnectionLimitsIT {

  private static final int READ_TIMEOUT_MS = 60_000;
  private static final String REQUEST = "GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

  @TempDir
  Path data;
  private final WebOnly web = new WebOnly();
  private final List<Socket> sockets = new ArrayList<>();
  private Vertx vertx;

  private void start(Vertx vertx, JsonObject limits) throws Exception {
    this.vertx = vertx;
    await(web.start(vertx, data, limits));
  }

  @AfterEach
  void stop() throws Exception {
    for (Socket socket : sockets) {
      socket.close();
    }
    await(web.stop(vertx));
  }

  @Test
  @DisplayName("past maxConnectionsPerIp a new connection is closed at once; once one closes, a new one is served")
  void perAddressCap(Vertx vertx) throws Exception {
    start(vertx, new JsonObject().put("maxConnectionsPerIp", 3));
    RawWebSocket ws = RawWebSocket.open(web.port(), READ_TIMEOUT_MS);
    sockets.add(ws.socket());
    Socket second = served();
    Socket third = served();
    Socket fourth = connect();
    fourth.getOutputStream().write(REQUEST.getBytes(StandardCharsets.US_ASCII));
    assertThat(readAll(fourth.getInputStream())).as("no answer, the connection closed").isEmpty();
    assertThat(handshakeOrNull()).as("a handshake past the cap fails").isNull();
    assertThat(web.web().limitCounters().get(LimitCounters.Event.CONNECTION_REFUSED)).isGreaterThanOrEqualTo(2);
    second.close();
    third.close();
    // the server learns of the closes on its own event loop: try until a connection is served
    String answer = "";
    while (!answer.startsWith("HTTP/1.1 404")) {
      Socket next = connect();
      next.getOutputStream().write(("GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      answer = readAll(next.getInputStream());
    }
    assertThat(answer).contains("not-found");
  }

  private Object handshakeOrNull() {
    try {
      RawWebSocket ws = RawWebSocket.open(web.port(), READ_TIMEOUT_MS);
      sockets.add(ws.socket());
      return ws;
    } catch (IOException refused) {
      return null;
    }
  }

  @Test
  @DisplayName("slowloris: 50 connections that never finish their headers are closed; a new client is served")
  void slowloris(Vertx vertx) throws Exception {
    start(vertx, new JsonObject().put("headerTimeoutMs", 300).put("maxConnectionsPerIp", 100));
    List<Socket> slow = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Socket socket = connect();
      socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a".getBytes(StandardCharsets.US_ASCII));
      slow.add(socket);
    }
    for (Socket socket : slow) {
      assertThat(readAll(socket.getInputStream())).isEmpty();
    }
    assertThat(web.web().limitCounters().get(LimitCounters.Event.HEADER_TIMEOUT)).isGreaterThanOrEqualTo(50);
    Socket fresh = connect();
    fresh.getOutputStream().write(REQUEST.getBytes(StandardCharsets.US_ASCII));
    assertThat(readAll(fresh.getInputStream())).startsWith("HTTP/1.1 404").contains("not-found");
  }

  @Test
  @DisplayName("a keep-alive connection left idle after its answer is closed by the header timeout")
  void idleKeepAlive(Vertx vertx) throws Exception {
    start(vertx, new JsonObject().put("headerTimeoutMs", 300));
    Socket socket = connect();
    socket.getOutputStream().write(REQUEST.getBytes(StandardCharsets.US_ASCII));
    assertThat(readAll(socket.getInputStream())).startsWith("HTTP/1.1 404");
  }

  @Test
  @DisplayName("a body that does not arrive within bodyTimeoutMs closes the connection")
  void slowBody(Vertx vertx) throws Exception {
    start(vertx, new JsonObject().put("bodyTimeoutMs", 300).put("headerTimeoutMs", 60_000));
    Socket socket = connect();
    socket.getOutputStream().write(("POST /api/feedback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Content-Length: 1000\r\n\r\n{\"vote\":").getBytes(StandardCharsets.US_ASCII));
    assertThat(readAll(socket.getInputStream())).isEmpty();
    assertThat(web.web().limitCounters().get(LimitCounters.Event.BODY_TIMEOUT)).isEqualTo(1);
  }

  /** A connection whose first request is answered; it stays open (keep-alive). */
  private Socket served() throws IOException {
    Socket socket = connect();
    socket.getOutputStream().write(REQUEST.getBytes(StandardCharsets.US_ASCII));
    byte[] head = new byte[12];
    int n = socket.getInputStream().readNBytes(head, 0, 12);
    assertThat(new String(head, 0, n, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 404");
    return socket;
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", web.port());
    socket.setSoTimeout(READ_TIMEOUT_MS);
    sockets.add(socket);
    return socket;
  }

  /** Everything the server sends until it closes the connection (a reset ends it too). */
  private static String readAll(InputStream in) throws IOException {
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[4096];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
      }
    } catch (SocketException reset) {
      // closed
    }
    return text.toString();
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }
}
