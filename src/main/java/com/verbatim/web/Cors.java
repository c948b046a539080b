package com.verbatim.web;

import com.verbatim.bus.ErrorCode;
import io.vertx.ext.web.RoutingContext;

/**
 * CORS for the read API the embedded widget calls from other sites' pages ({@code GET /api/ask},
 * {@code /api/articles/:id}, {@code /api/stats}, {@code POST /api/feedback}), from the same allow-list as
 * {@code /ws} ({@link OriginPolicy}). An allowed {@code Origin} is echoed in {@code Access-Control-Allow-Origin}
 * ({@code *} only when the setting is {@code *}); any other gets no CORS header, so its page cannot read the
 * answer, and its preflight is a 403 {@code origin-refused}. Every answer says {@code Vary: Origin}, so a cache
 * never hands one site's answer to another. A request without {@code Origin} (no browser) is served as before.
 * No credentials: the API uses no cookies.
 */
final class Cors {

  /** How long a browser may reuse a preflight's answer, in seconds. */
  static final int MAX_AGE_SECONDS = 600;
  /** The one request header a widget sends that is not CORS-safelisted ({@code application/json} bodies). */
  static final String ALLOWED_HEADERS = "Content-Type";

  private final OriginPolicy origins;
  private final String methods;

  /** {@code methods}: what the path serves, e.g. {@code "GET, HEAD"}. */
  Cors(OriginPolicy origins, String methods) {
    this.origins = origins;
    this.methods = methods;
  }

  /** Before the route's handler: the CORS headers of an allowed origin, then on to the handler whatever the origin. */
  void headers(RoutingContext ctx) {
    allow(ctx, ctx.request().getHeader("Origin"));
    ctx.next();
  }

  /**
   * {@code OPTIONS}: a preflight from an allowed origin is a 204 with the methods, headers and max age; from
   * another, a 403. An {@code OPTIONS} that is no preflight (no {@code Origin}) gets 204 and {@code Allow}.
   */
  void preflight(RoutingContext ctx) {
    String origin = ctx.request().getHeader("Origin");
    if (origin == null) {
      ctx.response().putHeader("Allow", methods + ", OPTIONS").setStatusCode(204).end();
    } else if (allow(ctx, origin)) {
      ctx.response().putHeader("Access-Control-Allow-Methods", methods)
          .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
          .putHeader("Access-Control-Max-Age", String.valueOf(MAX_AGE_SECONDS))
          .setStatusCode(204).end();
    } else {
      Errors.send(ctx, ErrorCode.ORIGIN_REFUSED, "this site is not allowed to use the Verbatim API");
    }
  }

  /** Adds the headers for {@code origin} (null: none sent) and says whether it is allowed. */
  private boolean allow(RoutingContext ctx, String origin) {
    if (origins.any()) {
      ctx.response().putHeader("Access-Control-Allow-Origin", "*");
      return true;
    }
    ctx.response().putHeader("Vary", "Origin");
    if (origin != null && origins.allows(origin, ctx.request().getHeader("Host"))) {
      ctx.response().putHeader("Access-Control-Allow-Origin", origin);
      return true;
    }
    return false;
  }
}
