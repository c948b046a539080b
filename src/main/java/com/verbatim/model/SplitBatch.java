package com.verbatim.model;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Split articles to store together under one commit. */
public record SplitBatch(List<SplitArticle> articles) {

  public SplitBatch {
    articles = List.copyOf(articles);
  }

  public JsonObject toJson() {
    JsonArray list = new JsonArray();
    articles.forEach(a -> list.add(a.toJson()));
    return new JsonObject().put("articles", list);
  }

  public static SplitBatch fromJson(JsonObject json) {
    return new SplitBatch(json.getJsonArray("articles").stream().map(JsonObject.class::cast)
        .map(SplitArticle::fromJson).toList());
  }
}
