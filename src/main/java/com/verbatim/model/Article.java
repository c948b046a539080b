package com.verbatim.model;

import io.vertx.core.json.JsonObject;
import java.util.Objects;

/** A validated article with its stable id; {@code text} is the body as submitted. */
public record Article(String id, String title, String text, String url, String source, String publishedAt) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }

  public static Article of(String id, NewArticle article) {
    return new Article(id, article.title(), article.text(), article.url(), article.source(), article.publishedAt());
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("id", id).put("title", title).put("text", text);
    JsonFields.putIfPresent(json, "url", url);
    JsonFields.putIfPresent(json, "source", source);
    return JsonFields.putIfPresent(json, "publishedAt", publishedAt);
  }

  public static Article fromJson(JsonObject json) {
    return new Article(json.getString("id"), json.getString("title"), json.getString("text"),
        json.getString("url"), json.getString("source"), json.getString("publishedAt"));
  }
}
