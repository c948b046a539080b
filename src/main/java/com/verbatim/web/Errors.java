package com.verbatim.web;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import com.verbatim.bus.Replies;
import com.verbatim.metrics.VertxSetup;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON error body {@code {"code","message"}} for HTTP, from any failure a route meets. */
final class Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {
  }

  static void send(RoutingContext ctx, ErrorCode code, String message) {
    if (ctx.response().ended()) {
      return;
    }
    VertxSetup.meters(ctx.vertx()).error(code.code(), "http");
    Respond.with(ctx, code.httpStatus(), "application/json; charset=utf-8", body(code, message).toBuffer());
  }

  /** 405 for a known path asked with another method; {@code Allow} lists the methods it serves. */
  static void methodNotAllowed(RoutingContext ctx, String allow) {
    ctx.response().putHeader("Allow", allow);
    send(ctx, ErrorCode.METHOD_NOT_ALLOWED, ctx.request().method().name() + " is not allowed here; use " + allow);
  }

  static JsonObject body(ErrorCode code, String message) {
    return new JsonObject().put("code", code.code()).put("message", message);
  }

  /** The router's failure handler: failures from validation, the bus and Vert.x Web itself. */
  static void handle(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure instanceof DecodeException) {
      send(ctx, ErrorCode.BAD_JSON, "the body is not valid JSON");
    } else if (failure instanceof ApiException || failure != null && Replies.codeOf(failure) != ErrorCode.INTERNAL) {
      send(ctx, Replies.codeOf(failure), failure.getMessage());
    } else {
      switch (ctx.statusCode()) {
        case 413 -> send(ctx, ErrorCode.TOO_LARGE, "the request body is too large");
        case 404 -> send(ctx, ErrorCode.NOT_FOUND, "nothing here");
        case 400 -> send(ctx, ErrorCode.BAD_REQUEST, "bad request");
        case 405 -> send(ctx, ErrorCode.METHOD_NOT_ALLOWED, "this method is not allowed here");
        default -> {
          if (failure != null) {
            LOG.error("Request {} failed", ctx.normalizedPath(), failure);
          }
          send(ctx, ErrorCode.INTERNAL, "internal error");
        }
      }
    }
  }
}
