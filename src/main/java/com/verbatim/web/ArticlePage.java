package com.verbatim.web;

import com.verbatim.dedup.TextKeys;
import com.verbatim.model.ArticleView;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article laid out for its page: paragraphs as published, each sentence with its anchor number.
 * Many bodies start with their own headline; that first sentence is then shown once, as the page's
 * heading (which carries its anchor), not again as the first paragraph.
 */
final class ArticlePage {

  private final ArticleView view;
  private final List<List<Integer>> paragraphs = new ArrayList<>();
  private final Map<Integer, Integer> paragraphOf = new HashMap<>();

  ArticlePage(ArticleView view) {
    this.view = view;
    for (List<Integer> group : view.paragraphGroups()) {
      List<Integer> shown = group.stream().filter(n -> n != 1 || !headlineRepeated()).toList();
      if (!shown.isEmpty()) {
        paragraphs.add(shown);
        shown.forEach(n -> paragraphOf.put(n, paragraphs.size()));
      }
    }
  }

  /** Whether sentence 1 is the headline again, word for word. */
  boolean headlineRepeated() {
    return !view.sentences().isEmpty()
        && TextKeys.normalize(view.sentences().get(0)).equals(TextKeys.normalize(view.article().title()));
  }

  /**
   * The shown paragraph (1-based) that holds sentence {@code n}; 0 when the article was stored without
   * its paragraphs, or for a headline shown as the heading.
   */
  int paragraphOf(int n) {
    return view.paragraphs().isEmpty() ? 0 : paragraphOf.getOrDefault(n, 0);
  }

  /** The template's data: the article's metadata, {@code headlineAnchor}, and {@code paragraphs} of sentences. */
  JsonObject toJson() {
    JsonArray list = new JsonArray();
    for (List<Integer> group : paragraphs) {
      JsonArray sentences = new JsonArray();
      group.forEach(n -> sentences.add(new JsonObject().put("n", n).put("text", view.sentences().get(n - 1))));
      list.add(new JsonObject().put("sentences", sentences));
    }
    JsonObject json = view.article().toJson().put("paragraphs", list);
    return headlineRepeated() ? json.put("headlineAnchor", "s1") : json;
  }
}
