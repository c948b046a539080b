package com.verbatim.web;

import io.vertx.core.http.HttpServerOptions;

/** The options of the web verticle's HTTP servers (the main one and the separate admin one). */
final class ServerOptions {

  /** Room for a GET /api/ask with the longest question, percent-encoded, so it gets a JSON error. */
  static final int MAX_REQUEST_LINE = 64 * 1024;
  /**
   * WebSocket frames and messages up to this size are read and validated; a larger one is answered with a
   * too-long error frame and a close 1009 (see {@link SocketGuard}, {@link AskSocket}).
   */
  static final int MAX_WEBSOCKET_MESSAGE = 1024 * 1024;
  /** After its close frame, the server waits this long for the client's before it closes the connection. */
  static final int WEBSOCKET_CLOSING_SECONDS = 5;

  private ServerOptions() {
  }

  /**
   * The server's options. WebSocket compression is off: it would make the RSV1 bit legal (so Netty's decoder
   * would no longer refuse RSV bits), and a 1 MB compressed frame could inflate far past the message limit.
   */
  static HttpServerOptions of(WebConfig config, String host, int port) {
    return new HttpServerOptions()
        .setHost(host)
        .setPort(port)
        .setHttp2ClearTextEnabled(config.h2c())
        .setCompressionSupported(true)
        .setMaxInitialLineLength(MAX_REQUEST_LINE)
        .setMaxWebSocketFrameSize(MAX_WEBSOCKET_MESSAGE)
        .setMaxWebSocketMessageSize(MAX_WEBSOCKET_MESSAGE)
        .setPerFrameWebSocketCompressionSupported(false)
        .setPerMessageWebSocketCompressionSupported(false)
        .setWebSocketClosingTimeout(WEBSOCKET_CLOSING_SECONDS)
        .setWebSocketSubProtocols(java.util.List.of(WebVerticle.SUBPROTOCOL));
  }
}
