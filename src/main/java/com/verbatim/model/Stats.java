package com.verbatim.model;

import io.vertx.core.json.JsonObject;

/**
 * Corpus counts.
 *
 * @param sentences unique sentences (a sentence carried by several articles counts once)
 * @param vectorsPending sentences still waiting for their embedding; null (left out of the JSON) when
 *     semantic ranking is off
 * @param answerCache how the answer cache has served; null (left out) when not known
 */
public record Stats(long articles, long sentences, Long vectorsPending, CacheStats answerCache) {

  /** Counts without semantic ranking. */
  public Stats(long articles, long sentences) {
    this(articles, sentences, null, null);
  }

  /** These counts with the number of sentences waiting for their embedding. */
  public Stats withVectorsPending(long pending) {
    return new Stats(articles, sentences, pending, answerCache);
  }

  /** These counts with the answer cache's. */
  public Stats withAnswerCache(CacheStats cache) {
    return new Stats(articles, sentences, vectorsPending, cache);
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("articles", articles).put("sentences", sentences);
    if (vectorsPending != null) {
      json.put("vectorsPending", vectorsPending);
    }
    return answerCache == null ? json : json.put("answerCache", answerCache.toJson());
  }

  public static Stats fromJson(JsonObject json) {
    JsonObject cache = json.getJsonObject("answerCache");
    return new Stats(json.getLong("articles"), json.getLong("sentences"), json.getLong("vectorsPending"),
        cache == null ? null : CacheStats.fromJson(cache));
  }
}
