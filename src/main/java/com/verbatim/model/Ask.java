package com.verbatim.model;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A reader's question. The compact constructor validates it: the question is required and at most
 * {@value #MAX_QUESTION_CHARS} characters, {@code limit} is 1 to {@value #MAX_LIMIT}, and
 * {@code articleIds} (empty = all articles) names at most {@value #MAX_SCOPE} articles, and {@code context}
 * holds at most {@value #MAX_CONTEXT} earlier questions.
 *
 * @param id the client's id for this ask, echoed in the answer; may be null
 * @param context the reader's earlier questions, most recent last, so a follow-up ("And Yellen?", "When?")
 *     is read in their light; empty for a question that stands alone
 */
public record Ask(String id, String question, int limit, List<String> articleIds, List<String> context) {

  public static final int MAX_QUESTION_CHARS = 1_000;
  public static final int DEFAULT_LIMIT = 5;
  public static final int MAX_LIMIT = 100;
  public static final int MAX_SCOPE = 100;
  public static final int MAX_CONTEXT = 10;
  static final int MAX_ID_CHARS = 200;

  public Ask {
    if (id != null && id.length() > MAX_ID_CHARS) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "'id' is longer than " + MAX_ID_CHARS + " characters");
    }
    if (question == null || question.isBlank()) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "'question' is required and must not be empty");
    }
    if (question.length() > MAX_QUESTION_CHARS) {
      throw new ApiException(ErrorCode.TOO_LONG,
          "'question' has " + question.length() + " characters; the most is " + MAX_QUESTION_CHARS);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "'limit' must be between 1 and " + MAX_LIMIT);
    }
    articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
    if (articleIds.size() > MAX_SCOPE || articleIds.stream().anyMatch(String::isBlank)) {
      throw new ApiException(ErrorCode.BAD_REQUEST,
          "'scope.articleIds' must hold 1 to " + MAX_SCOPE + " non-empty article ids");
    }
    context = context == null ? List.of() : List.copyOf(context);
    if (context.size() > MAX_CONTEXT
        || context.stream().anyMatch(q -> q == null || q.isBlank() || q.length() > MAX_QUESTION_CHARS)) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "'context' must hold at most " + MAX_CONTEXT
          + " earlier questions, each 1 to " + MAX_QUESTION_CHARS + " characters");
    }
    question = question.strip();
  }

  /** A question with no earlier questions. */
  public Ask(String id, String question, int limit, List<String> articleIds) {
    this(id, question, limit, articleIds, List.of());
  }

  /**
   * Reads an ask from a WebSocket frame or bus message:
   * {@code {"id","question","limit","scope":{"articleIds"},"context":["earlier question", ...]}}.
   */
  public static Ask fromJson(JsonObject json) {
    JsonObject scope = JsonFields.object(json, "scope");
    Integer limit = JsonFields.integer(json, "limit");
    return new Ask(JsonFields.string(json, "id"), JsonFields.string(json, "question"),
        limit == null ? DEFAULT_LIMIT : limit, scope == null ? List.of() : JsonFields.strings(scope, "articleIds"),
        json.containsKey("context") ? JsonFields.strings(json, "context") : List.of());
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("type", "ask").put("id", id).put("question", question).put("limit", limit);
    if (!context.isEmpty()) {
      json.put("context", new JsonArray(context));
    }
    return articleIds.isEmpty() ? json
        : json.put("scope", new JsonObject().put("articleIds", new JsonArray(articleIds)));
  }
}
