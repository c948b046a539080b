package com.verbatim.web;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ErrorCode;
import com.verbatim.bus.Replies;
import com.verbatim.model.ArticleRef;
import com.verbatim.model.ArticleView;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTML pages, rendered from the Handlebars templates (see {@link Templates}). Handlebars escapes
 * every {@code {{value}}}, and article text is only ever put in that way.
 */
final class Pages {

  private final Templates templates;
  private final EventBus bus;

  Pages(Templates templates, EventBus bus) {
    this.templates = templates;
    this.bus = bus;
  }

  void chat(RoutingContext ctx) {
    render(ctx, 200, "index.hbs", new JsonObject());
  }

  void article(RoutingContext ctx) {
    bus.<JsonObject>request(Addresses.INDEX_ARTICLE, new ArticleRef(ctx.pathParam("id")).toJson())
        .map(reply -> ArticleView.fromJson(reply.body()).toJson())
        .onSuccess(article -> render(ctx, 200, "article.hbs", new JsonObject().put("article", article)))
        .onFailure(error -> notFoundOr(ctx, error));
  }

  private void notFoundOr(RoutingContext ctx, Throwable error) {
    if (Replies.codeOf(error) == ErrorCode.NOT_FOUND) {
      render(ctx, 404, "not-found.hbs", new JsonObject().put("id", ctx.pathParam("id")));
    } else {
      ctx.fail(error);
    }
  }

  private void render(RoutingContext ctx, int status, String template, JsonObject data) {
    templates.render(template, data)
        .onSuccess(html -> Respond.with(ctx, status, "text/html; charset=utf-8", html))
        .onFailure(ctx::fail);
  }
}
