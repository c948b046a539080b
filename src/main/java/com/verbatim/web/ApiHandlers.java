package com.verbatim.web;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import com.verbatim.metrics.Meters;
import com.verbatim.model.ArticleRef;
import com.verbatim.model.Answer;
import com.verbatim.model.Ask;
import com.verbatim.model.IngestResult;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** The JSON HTTP API: each route validates its input and asks the right verticle over the bus. */
final class ApiHandlers {

  private final EventBus bus;
  private final ParagraphNumbers paragraphs;
  private final Meters meters;

  ApiHandlers(EventBus bus, ParagraphNumbers paragraphs, Meters meters) {
    this.bus = bus;
    this.paragraphs = paragraphs;
    this.meters = meters;
  }

  /**
   * Refuses a request without a body before anything parses it. An absent body (no Content-Length,
   * not chunked) has length -1 and an empty one 0.
   */
  static void requireBody(RoutingContext ctx) {
    if (ctx.body().length() > 0) {
      ctx.next();
    } else {
      Errors.send(ctx, ErrorCode.BAD_REQUEST, "the body is empty");
    }
  }

  void health(RoutingContext ctx) {
    json(ctx, 200, new JsonObject().put("status", "ok"));
  }

  void article(RoutingContext ctx) {
    forward(ctx, Addresses.INDEX_ARTICLE, new ArticleRef(ctx.pathParam("id")).toJson());
  }

  void ingest(RoutingContext ctx) {
    Future.succeededFuture(ctx)
        .map(ApiHandlers::bodyObject)
        .compose(body -> bus.<JsonObject>request(Addresses.ARTICLES_INGEST, body))
        .map(reply -> IngestResult.fromJson(reply.body()))
        .onSuccess(result -> ctx.response().putHeader("Location", "/api/articles/" + result.id()))
        .onSuccess(result -> json(ctx, result.created() ? 201 : 200, result.toJson()))
        .onFailure(ctx::fail);
  }

  void ask(RoutingContext ctx) {
    Meters.AskTimer timer = meters.ask("http");
    Future.succeededFuture(ctx)
        .map(ApiHandlers::askOf)
        .compose(ask -> bus.<Answer>request(Addresses.INDEX_SEARCH, ask))
        .compose(reply -> paragraphs.frame(reply.body()))
        .onComplete(done -> timer.stop(done.succeeded()))
        .onSuccess(answer -> json(ctx, 200, answer))
        .onFailure(ctx::fail);
  }

  private void forward(RoutingContext ctx, String address, JsonObject body) {
    bus.<JsonObject>request(address, body)
        .onSuccess(reply -> json(ctx, 200, reply.body()))
        .onFailure(ctx::fail);
  }

  static JsonObject bodyObject(RoutingContext ctx) {
    if (ctx.body().length() == 0) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "the body must be a JSON object");
    }
    Object value = Json.decodeValue(ctx.body().buffer());
    if (value instanceof JsonObject object) {
      return object;
    }
    throw new ApiException(ErrorCode.BAD_REQUEST, "the body must be a JSON object");
  }

  private static Ask askOf(RoutingContext ctx) {
    String limit = ctx.queryParams().get("limit");
    int parsedLimit;
    try {
      parsedLimit = limit == null ? Ask.DEFAULT_LIMIT : Integer.parseInt(limit.strip());
    } catch (NumberFormatException e) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "'limit' must be an integer");
    }
    List<String> scope = ctx.queryParams().getAll("article");
    return new Ask(null, ctx.queryParams().get("q"), parsedLimit, scope);
  }

  static void json(RoutingContext ctx, int status, JsonObject body) {
    Respond.with(ctx, status, "application/json; charset=utf-8", body.toBuffer());
  }
}
