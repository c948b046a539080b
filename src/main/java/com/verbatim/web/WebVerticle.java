package com.verbatim.web;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.templ.handlebars.HandlebarsTemplateEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves the chat page, the article pages, the JSON API and the {@code /ws} WebSocket. */
public class WebVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(WebVerticle.class);
  private static final String CSP = "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

  /** Room for a GET /api/ask with the longest question, percent-encoded, so it gets a JSON error. */
  private static final int MAX_REQUEST_LINE = 64 * 1024;
  /**
   * WebSocket messages up to this size are read and validated; a larger one is dropped unread and
   * answered with a too-long error (see {@code AskSocket}).
   */
  private static final int MAX_WEBSOCKET_MESSAGE = 1024 * 1024;
  /** A fetch request carries only a URL. */
  private static final long FETCH_BODY = 16 * 1024;

  private HttpServer server;

  @Override
  public Future<?> start() {
    WebConfig config = WebConfig.fromJson(config());
    String token = config.adminToken();
    if (token.isBlank()) {
      token = AdminToken.random();
      LOG.warn("No admin token configured (VERBATIM_ADMIN_TOKEN); this run's token is {}", token);
    }
    server = vertx.createHttpServer(new HttpServerOptions().setHost(config.host()).setPort(config.port())
        .setCompressionSupported(true)
        .setMaxInitialLineLength(MAX_REQUEST_LINE)
        .setMaxWebSocketFrameSize(MAX_WEBSOCKET_MESSAGE)
        .setMaxWebSocketMessageSize(MAX_WEBSOCKET_MESSAGE));
    return server.requestHandler(router(config, new AdminToken(token))).listen()
        .onSuccess(s -> LOG.info("Verbatim listening on http://{}:{}", config.host(), s.actualPort()));
  }

  /** The port the server is bound to; differs from the configured one when that is 0. */
  public int actualPort() {
    return server.actualPort();
  }

  private Router router(WebConfig config, AdminToken token) {
    ApiHandlers api = new ApiHandlers(vertx.eventBus(), token);
    IngestRoutes ingest = new IngestRoutes(vertx.eventBus(), api);
    Pages pages = new Pages(HandlebarsTemplateEngine.create(vertx), vertx.eventBus());
    Router router = Router.router(vertx);
    router.route().handler(WebVerticle::securityHeaders);
    router.get("/health").handler(api::health);
    router.get("/api/stats").handler(ingest::stats);
    // the token is checked on its own route, before any of the body is read
    router.post("/api/articles").handler(api::requireAdmin);
    router.post("/api/articles")
        .handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes())).handler(ingest::post);
    router.post("/api/articles/fetch").handler(api::requireAdmin);
    router.post("/api/articles/fetch").handler(BodyHandler.create(false).setBodyLimit(FETCH_BODY)).handler(ingest::fetch);
    router.delete("/api/articles/:id").handler(api::requireAdmin).handler(ingest::delete);
    router.get("/api/articles/:id").handler(api::article);
    router.get("/api/ask").handler(api::ask);
    router.get("/ws").handler(this::upgrade);
    router.get("/").handler(pages::chat);
    router.get("/articles/:id").handler(pages::article);
    router.get("/static/*").handler(StaticHandler.create("webroot"));
    router.route().failureHandler(Errors::handle);
    router.errorHandler(404, Errors::handle);
    router.errorHandler(405, Errors::handle);
    return router;
  }

  private void upgrade(RoutingContext ctx) {
    ctx.request().toWebSocket()
        .onSuccess(socket -> AskSocket.serve(socket, vertx.eventBus()))
        .onFailure(ctx::fail);
  }

  private static void securityHeaders(RoutingContext ctx) {
    ctx.response()
        .putHeader("Content-Security-Policy", CSP)
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "same-origin");
    ctx.next();
  }
}
