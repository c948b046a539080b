package com.verbatim.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer frame laid out for the chat page rendered on the server (the page without JavaScript, and
 * {@code /?q=} links), the same way the page's script lays it out: citations numbered per source
 * article in order of first appearance (two quotes from one article share [1]), the best quote marked,
 * quotes well below it marked weaker, a deduplicated list of sources, and a one-line summary.
 */
final class AnswerPage {

  /** A quote scoring under this share of the best one is shown as secondary. */
  static final double WEAKER_THAN_BEST = 0.6;

  private AnswerPage() {
  }

  /** The template's {@code answer}: question, share link, summary, quotes and sources. */
  static JsonObject of(String question, List<String> scope, JsonObject answer) {
    JsonArray sentences = answer.getJsonArray("sentences", new JsonArray());
    Map<String, JsonObject> sources = new LinkedHashMap<>();
    JsonArray quotes = new JsonArray();
    double best = sentences.isEmpty() ? 0 : sentences.getJsonObject(0).getDouble("score", 0.0);
    for (int i = 0; i < sentences.size(); i++) {
      JsonObject s = sentences.getJsonObject(i);
      JsonObject c = s.getJsonObject("citation");
      JsonObject source = sources.computeIfAbsent(c.getString("articleId"), id -> source(sources.size() + 1, c));
      quotes.add(new JsonObject()
          .put("best", i == 0)
          .put("weaker", i > 0 && s.getDouble("score", 0.0) < WEAKER_THAN_BEST * best)
          .put("segments", Marks.segments(s.getString("text"), s.getJsonArray("highlights"), s.getJsonArray("focus")))
          .put("text", s.getString("text"))
          .put("n", source.getInteger("n"))
          .put("link", c.getString("link"))
          .put("sentence", c.getInteger("sentence"))
          .put("paragraph", c.getInteger("paragraph"))
          .put("sourceLine", sourceLine(c))
          .put("title", c.getString("title"))
          .put("source", c.getString("source"))
          .put("publishedAt", c.getString("publishedAt"))
          .put("url", c.getString("url"))
          .put("alsoIn", s.getJsonArray("alsoIn", new JsonArray())));
    }
    return new JsonObject().put("question", question).put("share", share(question, scope))
        .put("nothing", quotes.isEmpty()).put("summary", summary(quotes.size(), sources.size()))
        .put("quotes", quotes).put("sources", new JsonArray(List.copyOf(sources.values())));
  }

  /** "Outlet · 26 November 2026 · ¶ 3", each part only when known. */
  static String sourceLine(JsonObject citation) {
    List<String> parts = new java.util.ArrayList<>();
    if (citation.getString("source") != null) {
      parts.add(citation.getString("source"));
    }
    if (citation.getString("publishedAt") != null) {
      parts.add(DateLabel.of(citation.getString("publishedAt")));
    }
    if (citation.getInteger("paragraph") != null) {
      parts.add("¶ " + citation.getInteger("paragraph"));
    }
    return String.join(" · ", parts);
  }

  private static JsonObject source(int n, JsonObject citation) {
    return new JsonObject().put("n", n).put("title", citation.getString("title"))
        .put("source", citation.getString("source")).put("publishedAt", citation.getString("publishedAt"))
        .put("url", citation.getString("url")).put("link", "/articles/" + citation.getString("articleId"));
  }

  /** "3 quotes from 2 articles": what the status line announces, rather than the whole answer. */
  static String summary(int quotes, int articles) {
    if (quotes == 0) {
      return "No sentence in the articles answers that.";
    }
    return quotes + (quotes == 1 ? " quote" : " quotes") + " from " + articles + (articles == 1 ? " article" : " articles");
  }

  /** The link that asks this question again: {@code /?q=...}, with {@code &article=} for a scoped question. */
  static String share(String question, List<String> scope) {
    StringBuilder link = new StringBuilder("/?q=").append(URLEncoder.encode(question, StandardCharsets.UTF_8));
    scope.forEach(id -> link.append("&article=").append(URLEncoder.encode(id, StandardCharsets.UTF_8)));
    return link.toString();
  }
}
