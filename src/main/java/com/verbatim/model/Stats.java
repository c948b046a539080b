package com.verbatim.model;

import io.vertx.core.json.JsonObject;

/**
 * Corpus counts.
 *
 * @param sentences unique sentences (a sentence carried by several articles counts once)
 */
public record Stats(long articles, long sentences) {

  public JsonObject toJson() {
    return new JsonObject().put("articles", articles).put("sentences", sentences);
  }

  public static Stats fromJson(JsonObject json) {
    return new Stats(json.getLong("articles"), json.getLong("sentences"));
  }
}
