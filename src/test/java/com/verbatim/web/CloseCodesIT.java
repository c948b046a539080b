package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.RawWebSocket;
import com.verbatim.support.RawWebSocket.Frame;
import com.verbatim.support.TestApp;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What goes on the wire when a client breaks the WebSocket protocol, seen through a raw socket. */
@ExtendWith(VertxExtension.class)
@DisplayName("WebSocket close codes (RFC 6455), as sent on the wire")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CloseCodesIT {

  private static final int READ_TIMEOUT_MS = 60_000;
  private static final int MAX = 1024 * 1024;

  @TempDir
  static Path data;
  private static final TestApp app = new TestApp();

  @BeforeAll
  static void start(Vertx vertx) throws Exception {
    app.start(vertx, TestApp.config(data, Map.of("VERBATIM_SAMPLES", "false", "VERBATIM_SEMANTIC", "false",
        "VERBATIM_WS_PINGS_PER_MINUTE", "5"))).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop(Vertx vertx) throws Exception {
    app.stop(vertx).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  private static RawWebSocket open() throws Exception {
    return RawWebSocket.open(app.port(), READ_TIMEOUT_MS);
  }

  @Test
  @DisplayName("one frame over 1 MB: a too-long error frame, then close 1009")
  void oversizeFrame() throws Exception {
    try (RawWebSocket ws = open()) {
      byte[] big = new byte[MAX + 1];
      Arrays.fill(big, (byte) 'a');
      ws.send(true, 0, RawWebSocket.TEXT, big);
      Frame error = ws.read();
      assertThat(error.opcode()).isEqualTo(RawWebSocket.TEXT);
      assertThat(new JsonObject(error.text()).getString("code")).isEqualTo("too-long");
      Frame close = ws.readClose();
      assertThat(close.closeCode()).isEqualTo(1009);
      assertThat(close.closeReason()).isNotBlank();
    }
  }

  @Test
  @DisplayName("a message of several frames over 1 MB: a too-long error frame, then close 1009")
  void oversizeMessage() throws Exception {
    try (RawWebSocket ws = open()) {
      byte[] part = new byte[MAX / 2];
      Arrays.fill(part, (byte) 'b');
      ws.send(false, 0, RawWebSocket.TEXT, part);
      ws.send(false, 0, RawWebSocket.CONTINUATION, part);
      ws.send(true, 0, RawWebSocket.CONTINUATION, part);
      Frame error = ws.read();
      assertThat(new JsonObject(error.text()).getString("code")).isEqualTo("too-long");
      assertThat(ws.readClose().closeCode()).isEqualTo(1009);
    }
  }

  @Test
  @DisplayName("a continuation frame without a start: close 1002")
  void continuationWithoutStart() throws Exception {
    assertProtocolError(RawWebSocket.frame(true, 0, RawWebSocket.CONTINUATION, bytes("{}")));
  }

  @Test
  @DisplayName("a reserved opcode: close 1002")
  void reservedOpcode() throws Exception {
    assertProtocolError(RawWebSocket.frame(true, 0, 0x3, bytes("{}")));
    assertProtocolError(RawWebSocket.frame(true, 0, 0xB, new byte[0]));
  }

  @Test
  @DisplayName("a ping of 126 bytes (control frames carry at most 125): close 1002")
  void oversizeControlFrame() throws Exception {
    assertProtocolError(RawWebSocket.frame(true, 0, RawWebSocket.PING, new byte[126]));
  }

  @Test
  @DisplayName("a fragmented ping: close 1002")
  void fragmentedControlFrame() throws Exception {
    assertProtocolError(RawWebSocket.frame(false, 0, RawWebSocket.PING, new byte[2]));
  }

  @Test
  @DisplayName("a text frame with an RSV bit set (no extension was agreed): close 1002")
  void rsvBits() throws Exception {
    assertProtocolError(RawWebSocket.frame(true, 4, RawWebSocket.TEXT, bytes(ask("r"))));
    assertProtocolError(RawWebSocket.frame(true, 1, RawWebSocket.TEXT, bytes(ask("r"))));
  }

  @Test
  @DisplayName("a text frame that is not UTF-8: close 1007, and no answer")
  void invalidUtf8() throws Exception {
    try (RawWebSocket ws = open()) {
      byte[] bad = bytes("{\"type\":\"ask\",\"id\":\"u\",\"question\":\"caf\u00e9\"}");
      byte[] broken = Arrays.copyOf(bad, bad.length);
      int e = indexOf(broken, (byte) 0xC3);
      broken[e + 1] = (byte) 0x28; // C3 28: a lead byte without its continuation
      ws.send(true, 0, RawWebSocket.TEXT, broken);
      Frame first = ws.read();
      assertThat(first.opcode()).as(first.text()).isEqualTo(RawWebSocket.CLOSE);
      assertThat(first.closeCode()).isEqualTo(1007);
    }
  }

  @Test
  @DisplayName("pings are answered with their payload, up to the cap; the next ping closes 1008")
  void pingCap() throws Exception {
    try (RawWebSocket ws = open()) {
      for (int i = 0; i < 5; i++) {
        ws.send(true, 0, RawWebSocket.PING, bytes("p" + i));
        Frame pong = ws.read();
        assertThat(pong.opcode()).isEqualTo(RawWebSocket.PONG);
        assertThat(pong.text()).isEqualTo("p" + i);
      }
      ws.send(true, 0, RawWebSocket.PING, bytes("one too many"));
      Frame close = ws.readClose();
      assertThat(close.closeCode()).isEqualTo(1008);
      assertThat(close.closeReason()).contains("ping");
    }
  }

  @Test
  @DisplayName("a flood of pings from a client that never reads: the socket is closed 1008 and others are served")
  void pingFlood() throws Exception {
    try (RawWebSocket flood = open(); RawWebSocket other = open()) {
      byte[] ping = RawWebSocket.frame(true, 0, RawWebSocket.PING, new byte[0]);
      byte[] burst = new byte[ping.length * 10_000];
      for (int i = 0; i < 10_000; i++) {
        System.arraycopy(ping, 0, burst, i * ping.length, ping.length);
      }
      flood.write(burst);
      assertThat(flood.readClose().closeCode()).isEqualTo(1008);
      other.sendText("{not json");
      assertThat(new JsonObject(other.readText().text()).getString("code")).isEqualTo("bad-json");
      assertThat(app.limitCounters().closedWith(1008)).isPositive();
    }
  }

  @Test
  @DisplayName("a client's close frame is answered with the same code (1000)")
  void clientClose() throws Exception {
    try (RawWebSocket ws = open()) {
      ws.send(true, 0, RawWebSocket.CLOSE, new byte[] {0x03, (byte) 0xE8});
      assertThat(ws.readClose().closeCode()).isEqualTo(1000);
    }
  }

  private static void assertProtocolError(byte[] frame) throws Exception {
    try (RawWebSocket ws = open()) {
      ws.write(frame);
      Frame close = ws.readClose();
      assertThat(close.closeCode()).isEqualTo(1002);
      assertThat(close.closeReason()).isNotBlank();
    }
  }

  private static String ask(String id) {
    return new JsonObject().put("type", "ask").put("id", id).put("question", "Who?").encode();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new IllegalArgumentException("not found");
  }
}
