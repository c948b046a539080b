package com.verbatim.support;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client on a plain {@link Socket} that writes frames byte by byte as the test says, so a test
 * can send what no library would (bad opcodes, RSV bits, broken UTF-8) and see exactly what the server puts
 * on the wire. Every read is bounded by the socket's read timeout.
 */
public final class RawWebSocket implements Closeable {

  public static final int CONTINUATION = 0x0;
  public static final int TEXT = 0x1;
  public static final int BINARY = 0x2;
  public static final int CLOSE = 0x8;
  public static final int PING = 0x9;
  public static final int PONG = 0xA;

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;

  /** One frame from the server. */
  public record Frame(boolean fin, int rsv, int opcode, byte[] payload) {
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    /** A close frame's status code, or -1 when it carries none. */
    public int closeCode() {
      return payload.length < 2 ? -1 : ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
    }

    public String closeReason() {
      return payload.length <= 2 ? "" : new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
    }
  }

  private RawWebSocket(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
  }

  /** Opens {@code /ws} on 127.0.0.1 and reads the 101; each read then waits at most {@code readTimeoutMs}. */
  public static RawWebSocket open(int port, int readTimeoutMs) throws IOException {
    return open(port, readTimeoutMs, 0);
  }

  /** As {@link #open(int, int)}, with a receive buffer of {@code receiveBuffer} bytes (0: the system's). */
  public static RawWebSocket open(int port, int readTimeoutMs, int receiveBuffer) throws IOException {
    Socket socket = new Socket();
    if (receiveBuffer > 0) {
      socket.setReceiveBufferSize(receiveBuffer);
    }
    socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
    socket.setSoTimeout(readTimeoutMs);
    RawWebSocket ws = new RawWebSocket(socket);
    String key = Base64.getEncoder().encodeToString(randomBytes(16));
    ws.out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    ws.out.flush();
    String head = ws.readHead();
    if (!head.startsWith("HTTP/1.1 101")) {
      socket.close();
      throw new IOException("no upgrade: " + head);
    }
    return ws;
  }

  private String readHead() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("closed during the handshake: " + head);
      }
      head.write(b);
      matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
          ? matched + 1 : 0;
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  /** Sends one masked frame: {@code rsv} is the three RSV bits (0 to 7). */
  public void send(boolean fin, int rsv, int opcode, byte[] payload) throws IOException {
    out.write(frame(fin, rsv, opcode, payload));
    out.flush();
  }

  /** The bytes of one masked client frame. */
  public static byte[] frame(boolean fin, int rsv, int opcode, byte[] payload) {
    ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
    frame.write((fin ? 0x80 : 0) | (rsv << 4) | opcode);
    if (payload.length < 126) {
      frame.write(0x80 | payload.length);
    } else if (payload.length < 65536) {
      frame.write(0x80 | 126);
      frame.write(payload.length >> 8);
      frame.write(payload.length & 0xFF);
    } else {
      frame.write(0x80 | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        frame.write((int) (((long) payload.length >> shift) & 0xFF));
      }
    }
    byte[] mask = randomBytes(4);
    frame.write(mask, 0, 4);
    byte[] masked = new byte[payload.length];
    for (int i = 0; i < payload.length; i++) {
      masked[i] = (byte) (payload[i] ^ mask[i % 4]);
    }
    frame.write(masked, 0, masked.length);
    return frame.toByteArray();
  }

  public void sendText(String text) throws IOException {
    send(true, 0, TEXT, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes raw bytes (many frames at once, or a part of one). */
  public void write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** The next frame, or null when the server closed the connection. */
  public Frame read() throws IOException {
    int first = in.read();
    if (first < 0) {
      return null;
    }
    int second = in.readUnsignedByte();
    long length = second & 0x7F;
    if (length == 126) {
      length = in.readUnsignedShort();
    } else if (length == 127) {
      length = in.readLong();
    }
    if ((second & 0x80) != 0) {
      throw new IOException("the server masked a frame");
    }
    byte[] payload = new byte[Math.toIntExact(length)];
    in.readFully(payload);
    return new Frame((first & 0x80) != 0, (first >> 4) & 0x7, first & 0x0F, payload);
  }

  /** Reads up to the server's close frame, skipping what comes before; fails if the connection ends without one. */
  public Frame readClose() throws IOException {
    for (Frame frame = read(); frame != null; frame = read()) {
      if (frame.opcode() == CLOSE) {
        return frame;
      }
    }
    throw new EOFException("the server closed the connection without a close frame");
  }

  /** Reads up to the next text frame, skipping pings and pongs; null when the connection ends first. */
  public Frame readText() throws IOException {
    for (Frame frame = read(); frame != null; frame = read()) {
      if (frame.opcode() == TEXT || frame.opcode() == CLOSE) {
        return frame;
      }
    }
    return null;
  }

  /** Whether the server has closed the connection: reads, discarding frames, until the end. */
  public boolean readToEnd() throws IOException {
    try {
      while (in.read(new byte[8192]) >= 0) {
        // discard
      }
      return true;
    } catch (java.net.SocketException reset) {
      return true;
    }
  }

  public InputStream input() throws IOException {
    return socket.getInputStream();
  }

  public Socket socket() {
    return socket;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
