package com.verbatim.model;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import io.vertx.core.json.JsonObject;

/**
 * A reader's thumbs up or down on one answer, identified by the answer's id, its question, or both.
 * The compact constructor validates it.
 *
 * @param answerId the id the page gave the ask; may be null when {@code question} is given
 * @param question the question answered; may be null when {@code answerId} is given
 * @param up true for thumbs up, false for thumbs down
 */
public record Feedback(String answerId, String question, boolean up) {

  public Feedback {
    if (blank(answerId) && blank(question)) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "'answerId' or 'question' is required");
    }
    if (answerId != null && answerId.length() > Ask.MAX_ID_CHARS) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "'answerId' is longer than " + Ask.MAX_ID_CHARS + " characters");
    }
    if (question != null && question.length() > Ask.MAX_QUESTION_CHARS) {
      throw new ApiException(ErrorCode.TOO_LONG, "'question' is longer than " + Ask.MAX_QUESTION_CHARS + " characters");
    }
  }

  /** Reads {@code {"answerId"?, "question"?, "vote": "up" | "down"}}. */
  public static Feedback fromJson(JsonObject json) {
    String vote = JsonFields.string(json, "vote");
    if (!"up".equals(vote) && !"down".equals(vote)) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "'vote' must be \"up\" or \"down\"");
    }
    return new Feedback(JsonFields.string(json, "answerId"), JsonFields.string(json, "question"), "up".equals(vote));
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("vote", up ? "up" : "down");
    JsonFields.putIfPresent(json, "answerId", answerId);
    return JsonFields.putIfPresent(json, "question", question);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
