package com.verbatim.ingest;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A local news site for tests: a Vert.x server on port 0 whose routes each test adds. */
final class FixtureSite {

  final Router router;
  private final HttpServer server;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  private FixtureSite(Vertx vertx) {
    router = Router.router(vertx);
    router.route().handler(ctx -> {
      hits.computeIfAbsent(ctx.request().path(), p -> new AtomicInteger()).incrementAndGet();
      ctx.next();
    });
    server = vertx.createHttpServer().requestHandler(router);
  }

  static FixtureSite start(Vertx vertx, Consumer<FixtureSite> routes) {
    FixtureSite site = new FixtureSite(vertx);
    routes.accept(site);
    site.server.listen(0, "127.0.0.1").await();
    return site;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.actualPort() + path;
  }

  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  void close() {
    server.close().await();
  }

  static void html(RoutingContext ctx, String html) {
    ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(html);
  }

  static void redirect(RoutingContext ctx, String location) {
    ctx.response().setStatusCode(302).putHeader("Location", location).end();
  }
}
