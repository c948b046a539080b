package com.verbatim.web;

import com.verbatim.bus.Addresses;
import com.verbatim.ingest.SampleCorpus;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.MimeMapping;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves the chat page, the article pages, the JSON API and the {@code /ws} WebSocket. */
public class WebVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(WebVerticle.class);
  /**
   * No inline script or style anywhere. {@code connect-src 'self'} lets the pages open {@code /ws} on their own
   * host only: in CSP Level 3 'self' matches ws:/wss: on the page's host and port (Chromium, Firefox, Safari).
   */
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

  /** Room for a GET /api/ask with the longest question, percent-encoded, so it gets a JSON error. */
  private static final int MAX_REQUEST_LINE = 64 * 1024;
  /**
   * WebSocket messages up to this size are read and validated; a larger one is dropped unread and
   * answered with a too-long error (see {@code AskSocket}).
   */
  private static final int MAX_WEBSOCKET_MESSAGE = 1024 * 1024;
  /** A fetch request carries only a URL. */
  private static final long FETCH_BODY = 16 * 1024;
  /** A vote carries an id or a question of at most 1,000 characters. */
  private static final long FEEDBACK_BODY = 8 * 1024;

  private HttpServer server;
  private ParagraphNumbers paragraphs;

  @Override
  public Future<?> start() {
    return Future.succeededFuture(config())
        .map(WebConfig::fromJson)
        .compose(config -> adminToken(config).compose(token -> listen(config, token)));
  }

  /**
   * The configured token, else the one kept in {@code <dataDir>/admin-token} (made on the first start).
   * Only where it comes from is logged, never the token.
   */
  private Future<AdminToken> adminToken(WebConfig config) {
    if (!config.adminToken().isBlank()) {
      LOG.info("Admin API: using the configured token (VERBATIM_ADMIN_TOKEN)");
      return Future.succeededFuture(new AdminToken(config.adminToken()));
    }
    return vertx.executeBlocking(() -> AdminTokenFile.load(config.dataDir()))
        .onSuccess(kept -> LOG.info("Admin API: no VERBATIM_ADMIN_TOKEN set; {} token is in {} (readable by its owner only)",
            kept.created() ? "a new" : "the kept", kept.file().toAbsolutePath()))
        .map(kept -> new AdminToken(kept.token()));
  }

  private Future<HttpServer> listen(WebConfig config, AdminToken token) {
    server = vertx.createHttpServer(new HttpServerOptions().setHost(config.host()).setPort(config.port())
        .setCompressionSupported(true)
        .setMaxInitialLineLength(MAX_REQUEST_LINE)
        .setMaxWebSocketFrameSize(MAX_WEBSOCKET_MESSAGE)
        .setMaxWebSocketMessageSize(MAX_WEBSOCKET_MESSAGE));
    return server.requestHandler(router(config, token)).listen()
        .onSuccess(s -> LOG.info("Verbatim listening on http://{}:{}", config.host(), s.actualPort()));
  }

  /** The port the server is bound to; differs from the configured one when that is 0. */
  public int actualPort() {
    return server.actualPort();
  }

  private Router router(WebConfig config, AdminToken token) {
    paragraphs = new ParagraphNumbers(vertx.eventBus());
    ExampleQuestions examples = new ExampleQuestions(vertx.eventBus(), SampleCorpus.questions());
    vertx.eventBus().consumer(Addresses.ARTICLES_INDEXED, message -> examples.invalidate());
    FeedbackCounts feedback = new FeedbackCounts();
    ApiHandlers api = new ApiHandlers(vertx.eventBus(), token, paragraphs);
    IngestRoutes ingest = new IngestRoutes(vertx.eventBus(), api, feedback, examples::invalidate);
    ReaderRoutes reader = new ReaderRoutes(examples, feedback);
    Pages pages = new Pages(new Templates(vertx, config.templatesDir(), onDisk(config.templatesDir())), vertx.eventBus(),
        examples, paragraphs);
    Router router = Router.router(vertx);
    Routes routes = new Routes(router);
    router.route().handler(WebVerticle::securityHeaders);
    routes.get("/health").handler(api::health);
    routes.get("/api/stats").handler(ingest::stats);
    // the token is checked on its own route, before any of the body is read
    routes.post("/api/articles").handler(api::requireAdmin);
    routes.post("/api/articles").handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()))
        .handler(ApiHandlers::requireBody).handler(ingest::post);
    routes.post("/api/articles/fetch").handler(api::requireAdmin);
    routes.post("/api/articles/fetch").handler(BodyHandler.create(false).setBodyLimit(FETCH_BODY))
        .handler(ApiHandlers::requireBody).handler(ingest::fetch);
    routes.delete("/api/articles/:id").handler(api::requireAdmin).handler(ingest::delete);
    routes.get("/api/articles/:id").handler(api::article);
    routes.get("/api/ask").handler(api::ask);
    routes.get("/api/examples").handler(reader::examples);
    routes.post("/api/feedback").handler(BodyHandler.create(false).setBodyLimit(FEEDBACK_BODY))
        .handler(ApiHandlers::requireBody).handler(reader::feedback);
    routes.getOnly("/ws").handler(this::upgrade);
    routes.get("/").handler(pages::chat);
    routes.get("/articles/:id").handler(pages::article);
    routes.get("/static/*").handler(WebVerticle::staticHeaders).handler(staticFiles(config.webrootDir()));
    routes.refuseOtherMethods();
    router.route().failureHandler(Errors::handle);
    router.errorHandler(404, Errors::handle);
    router.errorHandler(405, Errors::handle);
    return router;
  }

  /** Whether a folder of pages or static files is on disk (running from the repository) rather than in the jar. */
  private static boolean onDisk(String dir) {
    return Files.isDirectory(Path.of(dir));
  }

  /**
   * Static files from a folder on disk may be edited while the server runs, so each request reads
   * the file's size and date afresh and sends it whole; StaticHandler's cache of those, and the
   * Last-Modified / 304 it bases on them, are kept for the jar, whose files never change.
   */
  private static StaticHandler staticFiles(String dir) {
    StaticHandler files = Path.of(dir).isAbsolute()
        ? StaticHandler.create(FileSystemAccess.ROOT, dir) : StaticHandler.create(dir);
    return onDisk(dir) ? files.setCachingEnabled(false).setFilesReadOnly(false) : files;
  }

  /**
   * Static names carry no version, so browsers must ask again before reusing a file: an edit shows
   * on the next load (from the jar the answer is a 304 while Last-Modified holds). A HEAD also gets
   * the Content-Type its GET would, which StaticHandler leaves out of HEAD answers.
   */
  private static void staticHeaders(RoutingContext ctx) {
    ctx.response().putHeader("Cache-Control", "no-cache");
    String type = MimeMapping.mimeTypeForFilename(ctx.normalizedPath());
    if (ctx.request().method() == HttpMethod.HEAD && type != null) {
      ctx.response().putHeader("Content-Type", type.startsWith("text") ? type + ";charset=UTF-8" : type);
    }
    ctx.next();
  }

  private void upgrade(RoutingContext ctx) {
    ctx.request().toWebSocket()
        .onSuccess(socket -> AskSocket.serve(socket, vertx.eventBus(), paragraphs))
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
