package com.verbatim.model;

import io.vertx.core.json.JsonObject;
import java.util.Objects;

/** What a citation needs to know about an article: everything but its text. */
public record ArticleMeta(String id, String title, String url, String source, String publishedAt) {

  public ArticleMeta {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }

  public static ArticleMeta of(Article article) {
    return new ArticleMeta(article.id(), article.title(), article.url(), article.source(), article.publishedAt());
  }

  /** The article page, or one sentence of it when {@code n > 0}. */
  public String link(int n) {
    return "/articles/" + id + (n > 0 ? "#s" + n : "");
  }

  /** JSON with explicit nulls, so clients always see every field. */
  public JsonObject toJson() {
    return new JsonObject().put("id", id).put("title", title).put("url", url).put("source", source)
        .put("publishedAt", publishedAt);
  }

  public static ArticleMeta fromJson(JsonObject json) {
    return new ArticleMeta(json.getString("id"), json.getString("title"), json.getString("url"),
        json.getString("source"), json.getString("publishedAt"));
  }
}
