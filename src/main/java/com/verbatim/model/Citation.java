package com.verbatim.model;

import io.vertx.core.json.JsonObject;

/**
 * Where a quoted sentence comes from: sentence {@code sentence} (1-based) of an article, and the
 * link to that sentence on its article page.
 *
 * @param n the citation's number in the answer, 1-based; 0 for the {@code alsoIn} list
 */
public record Citation(int n, ArticleMeta article, int sentence) {

  public String link() {
    return article.link(sentence);
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    if (n > 0) {
      json.put("n", n);
    }
    return json.put("articleId", article.id()).put("title", article.title()).put("source", article.source())
        .put("url", article.url()).put("publishedAt", article.publishedAt()).put("sentence", sentence)
        .put("link", link());
  }

  public static Citation fromJson(JsonObject json) {
    ArticleMeta meta = new ArticleMeta(json.getString("articleId"), json.getString("title"), json.getString("url"),
        json.getString("source"), json.getString("publishedAt"));
    return new Citation(json.getInteger("n", 0), meta, json.getInteger("sentence"));
  }
}
