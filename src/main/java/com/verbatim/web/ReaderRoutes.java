package com.verbatim.web;

import com.verbatim.model.Feedback;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** What the reader's pages use beside asking: example questions, and thumbs up or down on an answer. */
final class ReaderRoutes {

  private final ExampleQuestions examples;
  private final FeedbackCounts feedback;

  ReaderRoutes(ExampleQuestions examples, FeedbackCounts feedback) {
    this.examples = examples;
    this.feedback = feedback;
  }

  /** GET /api/examples: {@code {"questions": [...]}}, questions the index answers now. */
  void examples(RoutingContext ctx) {
    examples.get()
        .onSuccess(list -> ApiHandlers.json(ctx, 200, new JsonObject().put("questions", new JsonArray(List.copyOf(list)))))
        .onFailure(ctx::fail);
  }

  /** POST /api/feedback {@code {"answerId"?, "question"?, "vote": "up" | "down"}}: counted, 200 with the totals. */
  void feedback(RoutingContext ctx) {
    Future.succeededFuture(ctx)
        .map(ApiHandlers::bodyObject)
        .map(Feedback::fromJson)
        .onSuccess(feedback::record)
        .onSuccess(vote -> ApiHandlers.json(ctx, 200, new JsonObject().put("recorded", vote.toJson())
            .put("feedback", feedback.toJson())))
        .onFailure(ctx::fail);
  }
}
