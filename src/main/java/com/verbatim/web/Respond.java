package com.verbatim.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Ends a response with a whole body. Content-Length is set here rather than left to Vert.x, which
 * leaves it out of HEAD answers; a HEAD must carry the Content-Length its GET would.
 */
final class Respond {

  private Respond() {
  }

  static void with(RoutingContext ctx, int status, String contentType, Buffer body) {
    ctx.response().setStatusCode(status)
        .putHeader("content-type", contentType)
        .putHeader("content-length", String.valueOf(body.length()))
        .end(body);
  }
}
