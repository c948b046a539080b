package com.verbatim.eval.bench;

import io.vertx.core.http.WebSocketConnectOptions;

/** Where to connect and how: the socket count, source addresses and an optional subprotocol ({@code verbatim.v1}). */
public record Target(int port, int connections, int sources, int firstSource, String subprotocol) {

  public Target {
    if (sources < 1 || firstSource < 1 || firstSource + sources > 255 || connections < 1) {
      throw new IllegalArgumentException("source addresses must lie in 127.0.0.1-254, and one connection at least");
    }
  }

  public static Target of(int port, int connections, int sources) {
    return new Target(port, connections, sources, 1, "");
  }

  WebSocketConnectOptions connectOptions() {
    WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/ws")
        .setTimeout(30_000);
    return subprotocol.isBlank() ? options : options.addSubProtocol(subprotocol);
  }
}
