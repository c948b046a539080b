package com.verbatim.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds routes by path and method and remembers which methods each path serves, so that a known path
 * asked with another method gets 405 with an {@code Allow} header. GET routes answer HEAD as well:
 * Vert.x sends the same status and headers, Content-Length included, without the body.
 */
final class Routes {

  private final Router router;
  private final Map<String, Set<HttpMethod>> served = new LinkedHashMap<>();

  Routes(Router router) {
    this.router = router;
  }

  /** GET, and HEAD answered the same way. */
  Route get(String path) {
    return on(path, HttpMethod.GET, HttpMethod.HEAD);
  }

  /** GET alone, for the WebSocket upgrade, which has no HEAD. */
  Route getOnly(String path) {
    return on(path, HttpMethod.GET);
  }

  Route post(String path) {
    return on(path, HttpMethod.POST);
  }

  /** OPTIONS, for CORS preflights. */
  Route options(String path) {
    return on(path, HttpMethod.OPTIONS);
  }

  Route delete(String path) {
    return on(path, HttpMethod.DELETE);
  }

  /** Called once, after the last route: 405 on every known path for the methods it does not serve. */
  void refuseOtherMethods() {
    served.forEach((path, methods) -> {
      String allow = methods.stream().map(HttpMethod::name).collect(Collectors.joining(", "));
      // a served method that reached this far found nothing (a missing static file): it stays a 404
      router.route(path).handler(ctx -> {
        if (methods.contains(ctx.request().method())) {
          ctx.next();
        } else {
          Errors.methodNotAllowed(ctx, allow);
        }
      });
    });
  }

  private Route on(String path, HttpMethod... methods) {
    Route route = router.route(path);
    Set<HttpMethod> known = served.computeIfAbsent(path, p -> new LinkedHashSet<>());
    for (HttpMethod method : methods) {
      route.method(method);
      known.add(method);
    }
    return route;
  }
}
