package com.verbatim.model;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Objects;

/**
 * An article cut into its own sentences, in order, with repeats inside it removed. Sentence
 * {@code n} (1-based) is {@code sentences.get(n - 1)}.
 *
 * @param contentHash hash of the normalized body, so an unchanged re-ingest is a no-op
 * @param repeatsRemoved how many sentences were dropped as repeats of earlier ones
 */
public record SplitArticle(ArticleMeta article, String contentHash, List<SplitSentence> sentences, int repeatsRemoved) {

  public SplitArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(contentHash, "contentHash");
    sentences = List.copyOf(sentences);
  }

  /**
   * One sentence as written in this article, and the key shared by all its exact repeats.
   *
   * @param paragraph the paragraph it stands in, 1-based; 0 when unknown
   */
  public record SplitSentence(String text, String key, int paragraph) {
    public SplitSentence {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(key, "key");
    }

    /** A sentence whose paragraph is not known. */
    public SplitSentence(String text, String key) {
      this(text, key, 0);
    }
  }

  public JsonObject toJson() {
    JsonArray list = new JsonArray();
    sentences.forEach(s -> list.add(new JsonObject().put("text", s.text()).put("key", s.key())
        .put("paragraph", s.paragraph())));
    return new JsonObject().put("article", article.toJson()).put("contentHash", contentHash)
        .put("sentences", list).put("repeatsRemoved", repeatsRemoved);
  }

  public static SplitArticle fromJson(JsonObject json) {
    List<SplitSentence> sentences = json.getJsonArray("sentences").stream()
        .map(JsonObject.class::cast)
        .map(s -> new SplitSentence(s.getString("text"), s.getString("key"), s.getInteger("paragraph", 0)))
        .toList();
    return new SplitArticle(ArticleMeta.fromJson(json.getJsonObject("article")), json.getString("contentHash"),
        sentences, json.getInteger("repeatsRemoved"));
  }
}
