package com.verbatim.web;

import com.verbatim.bus.ErrorCode;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets admin requests through only with the token, before any of the body is read. Failed attempts
 * are logged with the client's address and the path, never the token, and limited per client
 * ({@link FailedAttempts}): past the limit every admin request from that client, right token or
 * not, is a 429 {@code too-many-attempts} with a {@code Retry-After}, so guessing stays slow.
 */
final class AdminGate {

  private static final Logger LOG = LoggerFactory.getLogger(AdminGate.class);

  private final AdminToken token;
  private final FailedAttempts failures;

  AdminGate(AdminToken token, FailedAttempts failures) {
    this.token = token;
    this.failures = failures;
  }

  void handle(RoutingContext ctx) {
    String client = client(ctx);
    long wait = failures.retryAfterSeconds(client);
    if (wait > 0) {
      ctx.response().putHeader("Retry-After", String.valueOf(wait));
      Errors.send(ctx, ErrorCode.TOO_MANY_ATTEMPTS, "too many failed admin attempts; try again in " + wait + " s");
    } else if (token.accepts(ctx.request().getHeader("Authorization"))) {
      ctx.next();
    } else {
      long left = failures.fail(client);
      LOG.warn("Admin API: wrong or missing token from {} on {} {} ({})", client, ctx.request().method(),
          ctx.normalizedPath(), left > 0 ? left + " more failures allowed now" : "limit reached: 429 until it slows down");
      ctx.response().putHeader("WWW-Authenticate", "Bearer");
      Errors.send(ctx, ErrorCode.UNAUTHORIZED, "a valid 'Authorization: Bearer <admin token>' header is required");
    }
  }

  private static String client(RoutingContext ctx) {
    SocketAddress remote = ctx.request().remoteAddress();
    return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
  }
}
