package com.verbatim.extract;

import io.vertx.core.json.JsonObject;

/**
 * What {@link ArticleExtractor} found on a page. Any field but {@code text} may be null.
 *
 * @param text the main text, paragraphs separated by blank lines
 * @param url the canonical URL ({@code link rel=canonical}, else {@code og:url}, else the page URL)
 * @param source the outlet ({@code og:site_name} or the JSON-LD publisher)
 * @param publishedAt ISO-8601 date or date-time
 */
public record ExtractedArticle(String title, String text, String url, String source, String author,
    String publishedAt) {

  /** The fields of a {@code NewArticle}, for validation by the ingest pipeline. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("title", title).put("text", text);
    putIfPresent(json, "url", url);
    putIfPresent(json, "source", source);
    putIfPresent(json, "publishedAt", publishedAt);
    return json;
  }

  private static void putIfPresent(JsonObject json, String key, String value) {
    if (value != null && !value.isBlank()) {
      json.put(key, value);
    }
  }
}
