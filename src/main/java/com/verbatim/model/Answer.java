package com.verbatim.model;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The reply to an {@link Ask}: quoted sentences, best first, each with its citation. An empty
 * list means nothing relevant was found.
 */
public record Answer(String id, List<Quote> sentences, double tookMs) {

  public Answer {
    sentences = List.copyOf(sentences);
  }

  /**
   * One quoted sentence.
   *
   * @param highlights {@code [start, end)} character ranges of the matched words in {@code text}
   * @param focus {@code [start, end)} ranges of the span that answers: the name, date, age, duration, amount,
   *     place or reason clause of the kind the question asks for; empty when the question asks for none
   * @param alsoIn other articles that carry the same sentence
   */
  public record Quote(String text, double score, List<int[]> highlights, List<int[]> focus, Citation citation,
      List<Citation> alsoIn) {

    public Quote {
      highlights = List.copyOf(highlights);
      focus = List.copyOf(focus);
      alsoIn = List.copyOf(alsoIn);
    }

    JsonObject toJson() {
      JsonArray ranges = ranges(highlights);
      JsonArray also = new JsonArray();
      alsoIn.forEach(c -> also.add(c.toJson()));
      return new JsonObject().put("text", text).put("score", Math.round(score * 1000) / 1000.0)
          .put("highlights", ranges).put("focus", ranges(focus)).put("citation", citation.toJson()).put("alsoIn", also);
    }

    static Quote fromJson(JsonObject json) {
      List<int[]> ranges = ranges(json.getJsonArray("highlights"));
      List<int[]> focus = ranges(json.getJsonArray("focus", new JsonArray()));
      List<Citation> also = json.getJsonArray("alsoIn").stream().map(JsonObject.class::cast)
          .map(Citation::fromJson).toList();
      return new Quote(json.getString("text"), json.getDouble("score"), ranges, focus,
          Citation.fromJson(json.getJsonObject("citation")), also);
    }

    private static JsonArray ranges(List<int[]> ranges) {
      JsonArray out = new JsonArray();
      ranges.forEach(r -> out.add(new JsonArray().add(r[0]).add(r[1])));
      return out;
    }

    private static List<int[]> ranges(JsonArray json) {
      return json.stream().map(JsonArray.class::cast).map(r -> new int[] {r.getInteger(0), r.getInteger(1)}).toList();
    }
  }

  public JsonObject toJson() {
    JsonArray list = new JsonArray();
    sentences.forEach(q -> list.add(q.toJson()));
    return new JsonObject().put("type", "answer").put("id", id).put("sentences", list)
        .put("tookMs", Math.round(tookMs * 100) / 100.0);
  }

  public static Answer fromJson(JsonObject json) {
    List<Quote> quotes = json.getJsonArray("sentences").stream().map(JsonObject.class::cast)
        .map(Quote::fromJson).toList();
    return new Answer(json.getString("id"), quotes, json.getDouble("tookMs", 0.0));
  }
}
