package com.verbatim.web;

import com.verbatim.bus.Addresses;
import com.verbatim.bus.ErrorCode;
import com.verbatim.bus.Replies;
import com.verbatim.model.Answer;
import com.verbatim.model.ArticleRef;
import com.verbatim.model.ArticleView;
import com.verbatim.model.Ask;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * The HTML pages, rendered from the Handlebars templates (see {@link Templates}). Handlebars escapes
 * every {@code {{value}}}, and article text is only ever put in that way.
 *
 * <p>The chat page answers {@code /?q=...} (with {@code &article=ID} to ask about given articles) on the
 * server, so an answer works without JavaScript and can be shared as a link; with JavaScript the page's
 * script takes the conversation over from there.
 */
final class Pages {

  private final Templates templates;
  private final EventBus bus;
  private final ExampleQuestions examples;
  private final ParagraphNumbers paragraphs;

  Pages(Templates templates, EventBus bus, ExampleQuestions examples, ParagraphNumbers paragraphs) {
    this.templates = templates;
    this.bus = bus;
    this.examples = examples;
    this.paragraphs = paragraphs;
  }

  void chat(RoutingContext ctx) {
    String q = ctx.queryParams().get("q");
    List<String> scope = ctx.queryParams().getAll("article");
    Future<JsonArray> shown = examples.get().map(list -> new JsonArray(List.copyOf(list))).otherwise(new JsonArray());
    if (q == null || q.isBlank()) {
      shown.onSuccess(list -> render(ctx, 200, "index.hbs", withExamples(new JsonObject(), list)))
          .onFailure(ctx::fail);
      return;
    }
    Future.succeededFuture(q)
        .map(question -> new Ask(null, question, Ask.DEFAULT_LIMIT, scope))
        .compose(ask -> bus.<Answer>request(Addresses.INDEX_SEARCH, ask)
            .compose(reply -> paragraphs.frame(reply.body()))
            .map(answer -> AnswerPage.of(ask.question(), ask.articleIds(), answer)))
        .compose(answer -> shown.map(list -> withExamples(new JsonObject().put("q", q).put("answer", answer),
            answer.getBoolean("nothing") ? list : new JsonArray())))
        .onSuccess(data -> render(ctx, 200, "index.hbs", data))
        .onFailure(error -> refused(ctx, q, error));
  }

  /** A question the API refuses (too long, a bad scope) is shown on the page as an alert, not as JSON. */
  private void refused(RoutingContext ctx, String q, Throwable error) {
    ErrorCode code = Replies.codeOf(error);
    if (code != ErrorCode.INTERNAL) {
      JsonObject data = new JsonObject().put("q", q.length() > Ask.MAX_QUESTION_CHARS ? "" : q)
          .put("error", code == ErrorCode.TOO_LONG
              ? "That question is too long: a question has at most 1,000 characters."
              : "That question could not be asked: " + error.getMessage());
      render(ctx, code.httpStatus(), "index.hbs", data);
    } else {
      ctx.fail(error);
    }
  }

  /** Examples go to the template only when there are some, so it shows no empty list. */
  private static JsonObject withExamples(JsonObject data, JsonArray examples) {
    return examples.isEmpty() ? data : data.put("examples", new JsonArray(examples.stream()
        .map(q -> new JsonObject().put("question", q).put("link", AnswerPage.share((String) q, List.of()))).toList()));
  }

  void article(RoutingContext ctx) {
    bus.<JsonObject>request(Addresses.INDEX_ARTICLE, new ArticleRef(ctx.pathParam("id")).toJson())
        .map(reply -> new ArticlePage(ArticleView.fromJson(reply.body())).toJson())
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
