package com.verbatim.model;

import io.vertx.core.json.JsonObject;

/**
 * Corpus counts.
 *
 * @param sentences unique sentences (a sentence carried by several articles counts once)
 * @param vectorsPending sentences still waiting for their embedding; null (left out of the JSON) when
 *     semantic ranking is off
 */
public record Stats(long articles, long sentences, Long vectorsPending) {

  /** Counts without semantic ranking. */
  public Stats(long articles, long sentences) {
    this(articles, sentences, null);
  }

  /** These counts with the number of sentences waiting for their embedding. */
  public Stats withVectorsPending(long pending) {
    return new Stats(articles, sentences, pending);
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("articles", articles).put("sentences", sentences);
    return vectorsPending == null ? json : json.put("vectorsPending", vectorsPending);
  }

  public static Stats fromJson(JsonObject json) {
    return new Stats(json.getLong("articles"), json.getLong("sentences"), json.getLong("vectorsPending"));
  }
}
