package com.verbatim.model;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** One article as readers see it: its metadata and its own sentences in order, numbered from 1. */
public record ArticleView(ArticleMeta article, List<String> sentences) {

  public ArticleView {
    sentences = List.copyOf(sentences);
  }

  public JsonObject toJson() {
    JsonArray list = new JsonArray();
    for (int i = 0; i < sentences.size(); i++) {
      list.add(new JsonObject().put("n", i + 1).put("text", sentences.get(i)));
    }
    return article.toJson().put("sentences", list);
  }

  public static ArticleView fromJson(JsonObject json) {
    List<String> sentences = json.getJsonArray("sentences").stream().map(JsonObject.class::cast)
        .map(s -> s.getString("text")).toList();
    return new ArticleView(ArticleMeta.fromJson(json), sentences);
  }
}
