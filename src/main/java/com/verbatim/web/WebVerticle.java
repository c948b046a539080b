package com.verbatim.web;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ErrorCode;
import com.verbatim.bus.LocalCodecs;
import com.verbatim.health.Readiness;
import com.verbatim.ingest.SampleCorpus;
import com.verbatim.metrics.Meters;
import com.verbatim.metrics.VertxSetup;
import com.verbatim.model.Answer;
import com.verbatim.model.Ask;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
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

  /** A fetch request carries only a URL. */
  private static final long FETCH_BODY = 16 * 1024;
  /** A vote carries an id or a question of at most 1,000 characters. */
  private static final long FEEDBACK_BODY = 8 * 1024;
  /** The {@code /ws} subprotocol a client may ask for (it is optional); see {@code asyncapi.yaml}. */
  static final String SUBPROTOCOL = "verbatim.v1";

  /** The admin routes (see {@link #adminRoutes}), which the main server answers 404 when they have a server of their own. */
  private static final List<Map.Entry<HttpMethod, String>> ADMIN_ROUTES = List.of(
      Map.entry(HttpMethod.POST, "/api/articles"), Map.entry(HttpMethod.POST, "/api/articles/fetch"),
      Map.entry(HttpMethod.DELETE, "/api/articles/:id"));

  private final SharedLimits attempts;
  private final FeedbackCounts feedback;
  private final Function<Ask, Answer> cachedAnswers;
  private final Readiness readiness;
  private HttpServer server;
  private HttpServer adminServer;
  private ParagraphNumbers paragraphs;
  private ExampleQuestions examples;
  private OpsRoutes ops;
  private Meters meters;
  private LimitsConfig limits;
  private ConnectionGuard guard;
  private final Set<AskSocket> sockets = new HashSet<>();
  private AskSocket.Shared socketShared;

  /** One web verticle on its own. */
  public WebVerticle() {
    this(new SharedLimits(), new FeedbackCounts(), ask -> null, new Readiness());
  }

  private WebVerticle(SharedLimits attempts, FeedbackCounts feedback, Function<Ask, Answer> cachedAnswers,
      Readiness readiness) {
    this.attempts = attempts;
    this.feedback = feedback;
    this.cachedAnswers = cachedAnswers;
    this.readiness = readiness;
  }

  /** How often each limit was reached, counted over every instance of this deployment. */
  public LimitCounters limitCounters() {
    return attempts.counters();
  }

  /**
   * Makes web verticles for one deployment of several instances (one per event loop): they share the count
   * of failed admin attempts, so a client cannot multiply its allowance by landing on another instance, and
   * the feedback counts, so {@code /api/stats} shows every instance's votes.
   */
  public static Supplier<WebVerticle> sharing() {
    return sharing(ask -> null);
  }

  /**
   * As {@link #sharing()}, with a direct line to the index's answer cache ({@code cachedAnswers} gives the
   * cached answer or null; it must be thread-safe and never block): a repeated question over {@code /ws} is
   * then answered on the socket's own event loop, without the event-bus hop.
   */
  public static Supplier<WebVerticle> sharing(Function<Ask, Answer> cachedAnswers) {
    return sharing(cachedAnswers, new Readiness());
  }

  /**
   * As {@link #sharing(Function)}, with the process's {@link Readiness}: {@code /ready} runs its checks, to which
   * each instance adds the index's ({@code index}, {@code readQueue}, {@code semantic}).
   */
  public static Supplier<WebVerticle> sharing(Function<Ask, Answer> cachedAnswers, Readiness readiness) {
    SharedLimits shared = new SharedLimits();
    FeedbackCounts feedback = new FeedbackCounts();
    return () -> new WebVerticle(shared, feedback, cachedAnswers, readiness);
  }

  @Override
  public Future<?> start() {
    LocalCodecs.register(vertx);
    limits = LimitsConfig.fromJson(config());
    guard = new ConnectionGuard(vertx, limits, attempts.connections(limits), attempts.counters());
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

  /**
   * The main server, and the admin server when {@code http.adminPort} asks for one; the start fails
   * if either cannot bind.
   */
  private Future<?> listen(WebConfig config, AdminToken token) {
    AdminGate gate = new AdminGate(token, attempts.get(config));
    paragraphs = new ParagraphNumbers(vertx.eventBus());
    examples = new ExampleQuestions(vertx.eventBus(), SampleCorpus.questions());
    vertx.eventBus().localConsumer(Addresses.ARTICLES_INDEXED, message -> examples.invalidate());
    ops = new OpsRoutes(vertx, readiness);
    meters = VertxSetup.meters(vertx);
    meters.limits(attempts.counters().asNumbers());
    socketShared = new AskSocket.Shared(vertx, paragraphs, cachedAnswers, limits, attempts.counters(), meters);
    ApiHandlers api = new ApiHandlers(vertx.eventBus(), paragraphs, meters);
    IngestRoutes ingest = new IngestRoutes(vertx.eventBus(), api, feedback, examples::invalidate);
    server = vertx.createHttpServer(ServerOptions.of(config, config.host(), config.port()))
        .connectionHandler(guard::connected);
    Future<HttpServer> main = server.requestHandler(guard.requests(router(config, api, ingest, gate))).listen()
        .onSuccess(s -> LOG.info("Verbatim listening on http://{}:{}", config.host(), s.actualPort()));
    if (!config.separateAdmin()) {
      return main;
    }
    adminServer = vertx.createHttpServer(ServerOptions.of(config, config.adminHost(), config.adminPort()))
        .connectionHandler(guard::connected);
    return main.compose(s -> adminServer.requestHandler(guard.requests(adminRouter(config, ingest, gate))).listen())
        .onSuccess(s -> LOG.info("Admin API listening on http://{}:{} (not on the main port)", config.adminHost(),
            s.actualPort()));
  }

  /**
   * Stops taking connections, lets each socket's answers in progress be sent and closes it with 1001, and
   * lets HTTP requests in progress finish; after {@code http.shutdownTimeoutMs} what is left is closed.
   */
  @Override
  public Future<?> stop() {
    List.copyOf(sockets).forEach(AskSocket::goAway);
    long grace = limits.shutdownTimeoutMs() + 1000;
    return Future.all(shutdown(server, grace), shutdown(adminServer, grace));
  }

  private static Future<Void> shutdown(HttpServer server, long graceMs) {
    return server == null ? Future.succeededFuture() : server.shutdown(graceMs, TimeUnit.MILLISECONDS);
  }

  /** The port the server is bound to; differs from the configured one when that is 0. */
  public int actualPort() {
    return server.actualPort();
  }

  /** The port of the separate admin server, or -1 when the admin routes are on the main server. */
  public int adminPort() {
    return adminServer == null ? WebConfig.SAME_SERVER : adminServer.actualPort();
  }

  /** The main router: pages, the public API and, unless they have a server of their own, the admin routes. */
  private Router router(WebConfig config, ApiHandlers api, IngestRoutes ingest, AdminGate gate) {
    Pages pages = new Pages(new Templates(vertx, config.templatesDir(), onDisk(config.templatesDir())), vertx.eventBus(),
        examples, paragraphs);
    ReaderRoutes reader = new ReaderRoutes(examples, feedback);
    Router router = Router.router(vertx);
    Routes routes = new Routes(router);
    router.route().handler(WebVerticle::securityHeaders);
    routes.get("/health").handler(api::health);
    routes.get("/ready").handler(ops::ready);
    routes.get(OpsRoutes.ASYNCAPI).handler(ops::asyncApi);
    OriginPolicy origins = new OriginPolicy(config.allowedOrigins());
    Cors reads = new Cors(origins, "GET, HEAD");
    Cors posts = new Cors(origins, "POST");
    routes.get("/api/stats").handler(reads::headers).handler(ingest::stats);
    if (config.separateAdmin()) {
      // not 405 (GET /api/articles/:id shares the paths): the main server does not know these routes
      ADMIN_ROUTES.forEach(route -> router.route(route.getKey(), route.getValue()).handler(WebVerticle::notFound));
    } else {
      routes.get("/metrics").handler(ops::metrics);
      adminRoutes(routes, config, ingest, gate);
    }
    routes.get("/api/articles/:id").handler(reads::headers).handler(api::article);
    routes.get("/api/ask").handler(reads::headers).handler(api::ask);
    // after the admin routes: a path's 405 goes by the first path registered that matches (/api/articles/fetch)
    List.of("/api/stats", "/api/articles/:id", "/api/ask").forEach(path -> routes.options(path).handler(reads::preflight));
    routes.options("/api/feedback").handler(posts::preflight);
    routes.get("/api/examples").handler(reader::examples);
    routes.post("/api/feedback").handler(posts::headers); // its own route: a body handler must come first on one
    routes.post("/api/feedback").handler(BodyHandler.create(false).setBodyLimit(FEEDBACK_BODY))
        .handler(ApiHandlers::requireBody).handler(reader::feedback);
    routes.getOnly("/ws").handler(ctx -> checkOrigin(ctx, origins)).handler(this::upgrade);
    routes.get("/").handler(pages::chat);
    routes.get("/articles/:id").handler(pages::article);
    new StaticRoutes(vertx, config.webrootDir(), origins).add(routes);
    return finish(router, routes);
  }

  /** The separate admin server's router: the admin routes alone. */
  private Router adminRouter(WebConfig config, IngestRoutes ingest, AdminGate gate) {
    Router router = Router.router(vertx);
    Routes routes = new Routes(router);
    router.route().handler(WebVerticle::securityHeaders);
    routes.get("/metrics").handler(ops::metrics);
    adminRoutes(routes, config, ingest, gate);
    return finish(router, routes);
  }

  /** The admin routes; the token is checked on its own route, before any of the body is read. */
  private static void adminRoutes(Routes routes, WebConfig config, IngestRoutes ingest, AdminGate gate) {
    routes.post("/api/articles").handler(gate::handle);
    routes.post("/api/articles").handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()))
        .handler(ApiHandlers::requireBody).handler(ingest::post);
    routes.post("/api/articles/fetch").handler(gate::handle);
    routes.post("/api/articles/fetch").handler(BodyHandler.create(false).setBodyLimit(FETCH_BODY))
        .handler(ApiHandlers::requireBody).handler(ingest::fetch);
    routes.delete("/api/articles/:id").handler(gate::handle).handler(ingest::delete);
  }

  private static Router finish(Router router, Routes routes) {
    routes.refuseOtherMethods();
    router.route().failureHandler(Errors::handle);
    router.errorHandler(404, Errors::handle);
    router.errorHandler(405, Errors::handle);
    return router;
  }

  private static void notFound(RoutingContext ctx) {
    Errors.send(ctx, ErrorCode.NOT_FOUND, "nothing here");
  }

  /** Whether a folder of pages or static files is on disk (running from the repository) rather than in the jar. */
  private static boolean onDisk(String dir) {
    return Files.isDirectory(Path.of(dir));
  }

  /**
   * A browser page of another site may open the socket only when {@code http.allowedOrigins} lists it; the
   * handshake is refused with a 403 before the upgrade, so the page's script sees a failed connection.
   */
  private static void checkOrigin(RoutingContext ctx, OriginPolicy origins) {
    String origin = ctx.request().getHeader("Origin");
    if (origins.allows(origin, ctx.request().getHeader("Host"))) {
      ctx.next();
    } else {
      LOG.debug("Refused a /ws handshake from origin {}", origin);
      Errors.send(ctx, ErrorCode.ORIGIN_REFUSED, "this site is not allowed to use the Verbatim socket");
    }
  }

  /** Serves an upgraded socket; it keeps its connection's count until it closes, and is sent away on stop. */
  private void upgrade(RoutingContext ctx) {
    HttpConnection connection = ctx.request().connection();
    Runnable release = guard.upgraded(connection);
    ctx.request().toWebSocket()
        .map(socket -> AskSocket.serve(socket, connection, socketShared))
        .onSuccess(served -> {
          sockets.add(served);
          served.closed().onComplete(closed -> {
            sockets.remove(served);
            release.run();
          });
        })
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
