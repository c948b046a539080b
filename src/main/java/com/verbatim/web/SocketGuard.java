package com.verbatim.web;

import io.github.bucket4j.Bucket;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.Utf8FrameValidator;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The socket's first reader, between Netty's frame decoder and Vert.x, for what Vert.x does not do itself:
 * <ul>
 *   <li>a frame the decoder refuses (continuation without a start, a reserved opcode, a control frame over 125
 *   bytes or fragmented, RSV bits, a frame over the size limit) and a text frame that is not UTF-8 (Netty's
 *   {@link Utf8FrameValidator}, installed in front) close the socket with their RFC 6455 code and a reason
 *   (1002, 1009, 1007), where Vert.x would drop the TCP connection without a word; an oversize frame is first
 *   answered with the {@code too-long} error frame the API promises;</li>
 *   <li>pings are answered here, not by Vert.x (which answers every ping, however many, even to a client that
 *   never reads, and the pongs pile up on the heap): at most {@code pingsPerMinute}, one more closes the socket
 *   (1008), and none while the socket's write queue is full.</li>
 * </ul>
 * After it has sent a close frame it drops whatever the client still sends, and closes the connection when the
 * client has closed its side or after {@value #LINGER_MS} ms: closing at once could reset the connection
 * before the client has read the close frame.
 */
final class SocketGuard extends ChannelDuplexHandler {

  static final String NAME = "verbatim-socket-guard";
  /** The name of Vert.x's own handler in a connection's pipeline (see Vert.x's ServerWebSocketHandshaker). */
  private static final String VERTX_HANDLER = "handler";
  private static final long LINGER_MS = 2000;
  /** A close frame's reason is at most 123 bytes. */
  private static final int MAX_REASON = 120;

  private final Bucket pings;
  private final String tooLongFrame;
  private final LimitCounters counters;
  private boolean closing;

  private SocketGuard(int pingsPerMinute, String tooLongFrame, LimitCounters counters) {
    this.pings = Bucket.builder()
        .addLimit(limit -> limit.capacity(pingsPerMinute).refillGreedy(pingsPerMinute, Duration.ofMinutes(1))).build();
    this.tooLongFrame = tooLongFrame;
    this.counters = counters;
  }

  /**
   * Puts a guard (and a UTF-8 validator) in front of the Vert.x handler of {@code connection}, just upgraded to
   * a WebSocket (vertx-web wraps the socket, so the pipeline is reached through the connection). Must run on
   * the connection's event loop, as the socket's handlers do.
   */
  static void install(HttpConnection connection, int pingsPerMinute, String tooLongFrame, LimitCounters counters) {
    ChannelPipeline pipeline = ((ConnectionBase) connection).channel().pipeline();
    pipeline.addBefore(VERTX_HANDLER, "verbatim-utf8", new Utf8FrameValidator(false));
    pipeline.addBefore(VERTX_HANDLER, NAME, new SocketGuard(pingsPerMinute, tooLongFrame, counters));
  }

  /**
   * Closes {@code connection}'s TCP connection now. Vert.x's close waits for its close frame to be written
   * before it starts its closing timeout, which never happens to a client that does not read.
   */
  static void forceClose(HttpConnection connection) {
    ((ConnectionBase) connection).channel().close();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (closing) {
      if (msg instanceof CloseWebSocketFrame) {
        ctx.close();
      }
      ReferenceCountUtil.release(msg);
      return;
    }
    if (msg instanceof PingWebSocketFrame ping) {
      ping(ctx, ping);
      return;
    }
    ctx.fireChannelRead(msg);
  }

  private void ping(ChannelHandlerContext ctx, PingWebSocketFrame ping) {
    try {
      if (!pings.tryConsume(1)) {
        close(ctx, WebSocketCloseStatus.POLICY_VIOLATION.code(), "too many pings");
      } else if (ctx.channel().isWritable()) {
        ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retainedDuplicate()));
      } else {
        counters.count(LimitCounters.Event.PINGS_DROPPED);
      }
    } finally {
      ping.release();
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof CorruptedWebSocketFrameException bad) {
      if (closing) {
        return;
      }
      WebSocketCloseStatus status = bad.closeStatus();
      if (status.code() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code()) {
        ctx.write(new TextWebSocketFrame(tooLongFrame));
      }
      close(ctx, status.code(), bad.getMessage() == null ? status.reasonText() : bad.getMessage());
      return;
    }
    ctx.fireExceptionCaught(cause);
  }

  /** Once this guard has closed the socket, Vert.x's late answers are dropped: nothing may follow a close frame. */
  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (closing && msg instanceof WebSocketFrame) {
      ReferenceCountUtil.release(msg);
      promise.trySuccess();
      return;
    }
    ctx.write(msg, promise);
  }

  private void close(ChannelHandlerContext ctx, int code, String reason) {
    closing = true;
    counters.closed(code);
    String text = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    ctx.writeAndFlush(new CloseWebSocketFrame(code, text));
    ctx.executor().schedule(() -> ctx.close(), LINGER_MS, TimeUnit.MILLISECONDS);
  }
}
