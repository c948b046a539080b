package com.verbatim.web;

import com.verbatim.model.Answer;
import com.verbatim.model.Answer.Quote;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import java.util.List;

/**
 * Encodes answer frames, the quotes of a cached answer only once: an answer served from the index's cache
 * carries the very same (immutable) list of quotes each time, so its JSON is remembered by identity for the
 * last few lists and only the asker's id and the time are written afresh. Confined to one event loop.
 */
final class AnswerFrames {

  private static final int REMEMBERED = 16;

  private final Object[] lists = new Object[REMEMBERED];
  private final String[] encoded = new String[REMEMBERED];
  private int next;

  /** The answer's frame, the same JSON as {@code answer.toJson().encode()}. */
  String encode(Answer answer) {
    return "{\"type\":\"answer\",\"id\":" + Json.encode(answer.id()) + ",\"sentences\":" + quotes(answer.sentences())
        + ",\"tookMs\":" + Math.round(answer.tookMs() * 100) / 100.0 + "}";
  }

  private String quotes(List<Quote> quotes) {
    for (int i = 0; i < REMEMBERED; i++) {
      if (lists[i] == quotes) {
        return encoded[i];
      }
    }
    JsonArray array = new JsonArray();
    answerQuotes(quotes, array);
    String json = array.encode();
    lists[next] = quotes;
    encoded[next] = json;
    next = (next + 1) % REMEMBERED;
    return json;
  }

  private static void answerQuotes(List<Quote> quotes, JsonArray array) {
    new Answer(null, quotes, 0).toJson().getJsonArray("sentences").forEach(array::add);
  }
}
