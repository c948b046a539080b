package com.verbatim.web;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ErrorCode;
import com.verbatim.health.Readiness;
import com.verbatim.metrics.VertxSetup;
import com.verbatim.model.IndexHealth;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * What operators and client authors read: {@code /ready} (readiness, from {@link Readiness}), {@code /metrics}
 * (Prometheus text) and {@code /asyncapi.yaml} (the {@code /ws} protocol). {@code /health} (liveness) stays in
 * {@link ApiHandlers}: any answer from the event loop is the answer.
 */
final class OpsRoutes {

  /** The protocol document, on the class path (from {@code src/main/resources}). */
  static final String ASYNCAPI = "/asyncapi.yaml";
  /** A readiness probe gives up long before this; the index answers from its event loop at once. */
  private static final DeliveryOptions QUICK = new DeliveryOptions().setSendTimeout(5_000);

  private final Vertx vertx;
  private final Readiness readiness;
  private Future<Buffer> document;

  /** Registers the index's checks ({@code index}, {@code readQueue}, {@code semantic}) on {@code readiness}. */
  OpsRoutes(Vertx vertx, Readiness readiness) {
    this.vertx = vertx;
    this.readiness = readiness;
    EventBus bus = vertx.eventBus();
    readiness.register("index", () -> index(bus).map(h -> h.open() ? null : "the index is not open yet")
        .toCompletionStage());
    readiness.register("readQueue", () -> index(bus).map(h -> h.readSaturated()
        ? "the read queue is full (" + h.readWaiting() + " of " + h.readCapacity() + " waiting)" : null)
        .toCompletionStage());
    readiness.register("semantic", () -> index(bus).map(h -> !h.semantic() || h.modelLoaded() ? null
        : "the semantic model is not loaded yet").toCompletionStage());
  }

  private static Future<IndexHealth> index(EventBus bus) {
    return bus.<JsonObject>request(Addresses.INDEX_READY, new JsonObject(), QUICK)
        .map(reply -> IndexHealth.fromJson(reply.body()))
        .recover(e -> Future.failedFuture(new IllegalStateException("the index does not answer (" + e.getMessage() + ")")));
  }

  /** GET /ready: 200 when every check passes, else 503; the body names each check and why one failed. */
  void ready(RoutingContext ctx) {
    Future.fromCompletionStage(readiness.check(), ctx.vertx().getOrCreateContext())
        .onSuccess(report -> {
          JsonObject checks = new JsonObject();
          report.passed().forEach(name -> checks.put(name, "ok"));
          report.problems().forEach(checks::put);
          ApiHandlers.json(ctx, report.ready() ? 200 : 503, new JsonObject()
              .put("status", report.ready() ? "ready" : "not-ready").put("checks", checks)
              .put("failed", new JsonArray(List.copyOf(report.problems().keySet()))));
        })
        .onFailure(ctx::fail);
  }

  /** GET /metrics: the process's registry in the Prometheus text format; 404 when Vert.x runs without metrics. */
  void metrics(RoutingContext ctx) {
    PrometheusMeterRegistry registry = VertxSetup.prometheus(vertx);
    if (registry == null) {
      Errors.send(ctx, ErrorCode.NOT_FOUND, "metrics are off: this Vert.x was made without them");
    } else {
      PrometheusScrapingHandler.create(registry).handle(ctx);
    }
  }

  /** GET /asyncapi.yaml: the AsyncAPI 3.0 document of {@code /ws}, read from the jar once. */
  void asyncApi(RoutingContext ctx) {
    if (document == null || document.failed()) {
      document = vertx.executeBlocking(OpsRoutes::readDocument);
    }
    document.onSuccess(yaml -> Respond.with(ctx, 200, "application/yaml; charset=utf-8", yaml))
        .onFailure(ctx::fail);
  }

  private static Buffer readDocument() throws IOException {
    try (InputStream in = OpsRoutes.class.getResourceAsStream(ASYNCAPI)) {
      if (in == null) {
        throw new IOException("no " + ASYNCAPI + " on the class path");
      }
      return Buffer.buffer(in.readAllBytes());
    }
  }
}
