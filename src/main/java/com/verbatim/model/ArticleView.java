package com.verbatim.model;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * One article as readers see it: its metadata and its own sentences in order, numbered from 1.
 *
 * @param paragraphs the paragraph of each sentence (1-based), parallel to {@code sentences}; empty for an
 *     article stored before paragraphs were kept
 */
public record ArticleView(ArticleMeta article, List<String> sentences, List<Integer> paragraphs) {

  public ArticleView {
    sentences = List.copyOf(sentences);
    paragraphs = paragraphs.size() == sentences.size() ? List.copyOf(paragraphs) : List.of();
  }

  /** An article whose paragraphs are not known. */
  public ArticleView(ArticleMeta article, List<String> sentences) {
    this(article, sentences, List.of());
  }

  /**
   * The sentence numbers (1-based) grouped by paragraph, in order; without paragraph numbers each
   * sentence stands alone.
   */
  public List<List<Integer>> paragraphGroups() {
    List<List<Integer>> groups = new ArrayList<>();
    int last = -1;
    for (int i = 0; i < sentences.size(); i++) {
      int paragraph = paragraphs.isEmpty() ? i : paragraphs.get(i);
      if (groups.isEmpty() || paragraph != last) {
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(i + 1);
      last = paragraph;
    }
    return groups;
  }

  public JsonObject toJson() {
    JsonArray list = new JsonArray();
    for (int i = 0; i < sentences.size(); i++) {
      JsonObject sentence = new JsonObject().put("n", i + 1).put("text", sentences.get(i));
      list.add(paragraphs.isEmpty() ? sentence : sentence.put("paragraph", paragraphs.get(i)));
    }
    return article.toJson().put("sentences", list);
  }

  public static ArticleView fromJson(JsonObject json) {
    List<JsonObject> items = json.getJsonArray("sentences").stream().map(JsonObject.class::cast).toList();
    List<String> sentences = items.stream().map(s -> s.getString("text")).toList();
    List<Integer> paragraphs = items.stream().allMatch(s -> s.getInteger("paragraph") != null)
        ? items.stream().map(s -> s.getInteger("paragraph")).toList() : List.of();
    return new ArticleView(ArticleMeta.fromJson(json), sentences, paragraphs);
  }
}
