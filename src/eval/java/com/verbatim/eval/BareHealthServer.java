package com.verbatim.eval;

import io.vertx.core.Vertx;

/**
 * The start-up baseline of {@link StartupBenchmark}: a Vert.x HTTP server that answers every request
 * with 200 and nothing else, started from the same jar, on the port in {@code VERBATIM_HTTP_PORT}.
 */
public final class BareHealthServer {

  private BareHealthServer() {
  }

  public static void main(String[] args) {
    int port = Integer.parseInt(System.getenv("VERBATIM_HTTP_PORT"));
    Vertx.vertx().createHttpServer()
        .requestHandler(request -> request.response().end("{\"status\":\"ok\"}"))
        .listen(port)
        .await();
  }
}
