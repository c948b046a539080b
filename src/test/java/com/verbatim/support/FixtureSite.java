package com.verbatim.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A local news site for tests: a Vert.x server on port 0 whose routes each test adds. */
public final class FixtureSite {

  public final Router router;
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

  public static FixtureSite start(Vertx vertx, Consumer<FixtureSite> routes) {
    FixtureSite site = new FixtureSite(vertx);
    routes.accept(site);
    site.server.listen(0, "127.0.0.1").await();
    return site;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.actualPort() + path;
  }

  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  public void close() {
    server.close().await();
  }

  public static void html(RoutingContext ctx, String html) {
    ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(html);
  }

  public static void redirect(RoutingContext ctx, String location) {
    ctx.response().setStatusCode(302).putHeader("Location", location).end();
  }
}
