package com.verbatim.web;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import com.verbatim.ingest.BulkBody;
import com.verbatim.model.ArticleRef;
import com.verbatim.model.BulkResult;
import com.verbatim.model.FetchRequest;
import com.verbatim.model.IngestResult;
import com.verbatim.model.ItemResult;
import io.vertx.core.Future;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The ingestion routes beyond one posted article: bulk bodies (a JSON array or NDJSON), fetching a
 * page by URL, deleting an article, and the feed states added to {@code /api/stats}.
 */
final class IngestRoutes {

  private static final DeliveryOptions LONG = new DeliveryOptions().setSendTimeout(300_000);
  private final EventBus bus;
  private final ApiHandlers api;
  private final FeedbackCounts feedback;
  private final Runnable deleted;

  /**
   * @param feedback the readers' votes, shown in {@code /api/stats}
   * @param deleted told after an article is deleted
   */
  IngestRoutes(EventBus bus, ApiHandlers api, FeedbackCounts feedback, Runnable deleted) {
    this.bus = bus;
    this.api = api;
    this.feedback = feedback;
    this.deleted = deleted;
  }

  /** POST /api/articles: one JSON object as before, or many as a JSON array or NDJSON. */
  void post(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    if (type != null && type.toLowerCase().contains("ndjson")) {
      bulk(ctx, BulkBody::ndjson);
    } else if (ctx.body().length() > 0 && ctx.body().asString().stripLeading().startsWith("[")) {
      bulk(ctx, BulkBody::array);
    } else {
      api.ingest(ctx);
    }
  }

  private interface Parser {
    BulkBody.Parsed parse(String body);
  }

  /** Answers 200 with one result per item; only items with an id were committed. */
  private void bulk(RoutingContext ctx, Parser parser) {
    Future.succeededFuture(ctx.body().asString())
        .map(parser::parse)
        .compose(this::ingestAll)
        .onSuccess(result -> ApiHandlers.json(ctx, 200, result.toJson()))
        .onFailure(ctx::fail);
  }

  private Future<BulkResult> ingestAll(BulkBody.Parsed parsed) {
    if (parsed.request().items().isEmpty()) {
      return Future.succeededFuture(new BulkResult(parsed.refused()));
    }
    return bus.<JsonObject>request(Addresses.ARTICLES_INGEST_ALL, parsed.request().toJson(), LONG)
        .map(reply -> {
          List<ItemResult> items = new ArrayList<>(parsed.refused());
          items.addAll(BulkResult.fromJson(reply.body()).items());
          return new BulkResult(items);
        });
  }

  /** POST /api/articles/fetch {"url"}: fetch, extract and ingest one page. */
  void fetch(RoutingContext ctx) {
    Future.succeededFuture(ctx)
        .map(IngestRoutes::urlOf)
        .compose(url -> bus.<JsonObject>request(Addresses.ARTICLES_FETCH, new FetchRequest(url).toJson(), LONG))
        .map(reply -> IngestResult.fromJson(reply.body()))
        .onSuccess(result -> ctx.response().putHeader("Location", "/api/articles/" + result.id()))
        .onSuccess(result -> ApiHandlers.json(ctx, result.created() ? 201 : 200, result.toJson()))
        .onFailure(ctx::fail);
  }

  /** DELETE /api/articles/:id: 204, or 404 for an unknown id. */
  void delete(RoutingContext ctx) {
    bus.<JsonObject>request(Addresses.INDEX_DELETE, new ArticleRef(ctx.pathParam("id")).toJson())
        .onSuccess(reply -> deleted.run())
        .onSuccess(reply -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  /**
   * GET /api/stats: the index counts, the readers' votes ({@code feedback}, since the start), plus
   * {@code feeds} when any feed is configured, and {@code cluster} on a cluster node.
   */
  void stats(RoutingContext ctx) {
    Future<JsonObject> feeds = bus.<JsonObject>request(Addresses.FEEDS_STATUS, new JsonObject())
        .map(reply -> reply.body())
        .otherwise(new JsonObject());
    // a cluster node says where it and the others stand in the cluster's write log; a single node has no such
    // consumer and shows nothing
    Future<JsonObject> cluster = bus.<JsonObject>request(Addresses.CLUSTER_STATUS, new JsonObject())
        .map(reply -> reply.body())
        .otherwise((JsonObject) null);
    bus.<JsonObject>request(Addresses.INDEX_STATS, new JsonObject())
        .compose(stats -> feeds.map(f -> withFeeds(stats.body(), f.getJsonArray("feeds", new JsonArray()))))
        .compose(body -> cluster.map(c -> c == null ? body : body.copy().put("cluster", c)))
        .map(body -> body.copy().put("feedback", feedback.toJson()))
        .onSuccess(body -> ApiHandlers.json(ctx, 200, body))
        .onFailure(ctx::fail);
  }

  private static JsonObject withFeeds(JsonObject stats, JsonArray feeds) {
    return feeds.isEmpty() ? stats : stats.copy().put("feeds", feeds);
  }

  private static String urlOf(RoutingContext ctx) {
    JsonObject body;
    try {
      body = ctx.body().length() == 0 ? null : ctx.body().asJsonObject();
    } catch (RuntimeException e) {
      throw new ApiException(ErrorCode.BAD_JSON, "the body is not valid JSON");
    }
    if (body == null || !(body.getValue("url") instanceof String url) || url.isBlank()) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "the body must be {\"url\": \"http(s)://...\"}");
    }
    return url.strip();
  }
}
