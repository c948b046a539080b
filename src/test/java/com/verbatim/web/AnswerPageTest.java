package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.ArticleMeta;
import com.verbatim.model.ArticleView;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The plain classes behind the pages rendered on the server: answers, marks, dates, article layout. */
@Timeout(60)
class AnswerPageTest {

  private static JsonArray range(int start, int end) {
    return new JsonArray().add(start).add(end);
  }

  private static JsonObject quote(String text, double score, String article, int sentence) {
    return new JsonObject().put("text", text).put("score", score)
        .put("highlights", new JsonArray().add(range(0, 3)))
        .put("focus", new JsonArray())
        .put("citation", new JsonObject().put("n", 9).put("articleId", article).put("title", "Title " + article)
            .put("source", "Wire " + article).put("publishedAt", "2026-11-26T23:30:00-05:00").put("sentence", sentence)
            .put("link", "/articles/" + article + "#s" + sentence))
        .put("alsoIn", new JsonArray());
  }

  @Test
  @DisplayName("citations are numbered per source article, sources listed once, the best quote marked and weak ones secondary")
  void numberedPerSource() {
    JsonObject answer = new JsonObject().put("sentences", new JsonArray()
        .add(quote("Ann met Bob.", 10, "a", 2)).add(quote("Bob met Cy.", 9, "b", 1)).add(quote("Ann left.", 3, "a", 5)));

    JsonObject page = AnswerPage.of("Who met?", List.of(), answer);

    JsonArray quotes = page.getJsonArray("quotes");
    assertThat(quotes.stream().map(q -> ((JsonObject) q).getInteger("n")).toList()).containsExactly(1, 2, 1);
    assertThat(quotes.getJsonObject(0).getBoolean("best")).isTrue();
    assertThat(quotes.getJsonObject(1).getBoolean("weaker")).isFalse();
    assertThat(quotes.getJsonObject(2).getBoolean("weaker")).isTrue();
    assertThat(page.getJsonArray("sources").stream().map(s -> ((JsonObject) s).getString("link")).toList())
        .containsExactly("/articles/a", "/articles/b");
    assertThat(page.getString("summary")).isEqualTo("3 quotes from 2 articles");
    assertThat(page.getString("share")).isEqualTo("/?q=Who+met%3F");
    // the publication day in UTC: 23:30 in New York on the 26th is the 27th
    assertThat(quotes.getJsonObject(0).getString("sourceLine")).isEqualTo("Wire a · 27 November 2026");
  }

  @Test
  @DisplayName("an empty answer says nothing was found; a scoped question's link keeps its scope")
  void nothingAndScope() {
    JsonObject page = AnswerPage.of("Why?", List.of("abc"), new JsonObject().put("sentences", new JsonArray()));

    assertThat(page.getBoolean("nothing")).isTrue();
    assertThat(page.getString("summary")).isEqualTo("No sentence in the articles answers that.");
    assertThat(page.getString("share")).isEqualTo("/?q=Why%3F&article=abc");
    assertThat(AnswerPage.summary(1, 1)).isEqualTo("1 quote from 1 article");
  }

  @Test
  @DisplayName("a quote is cut into plain runs, the question's words and the answering span, which wins where they overlap")
  void marks() {
    JsonArray highlights = new JsonArray().add(range(0, 3)).add(range(8, 11))
        .add(range(40, 99));
    JsonArray focus = new JsonArray().add(range(10, 14));

    JsonArray runs = Marks.segments("Ann met Bob Cyr.", highlights, focus);

    assertThat(runs.stream().map(r -> ((JsonObject) r).getString("text")).toList())
        .containsExactly("Ann", " met ", "Bo", "b Cy", "r.");
    assertThat(runs.getJsonObject(0).getBoolean("match")).isTrue();
    assertThat(runs.getJsonObject(3).getBoolean("focus")).isTrue();
    assertThat(runs.getJsonObject(3).getBoolean("match")).isFalse();
  }

  @Test
  @DisplayName("dates read as days; a value that is not a date is shown as it is")
  void dates() {
    assertThat(DateLabel.of("2026-11-26T10:00:00Z")).isEqualTo("26 November 2026");
    assertThat(DateLabel.of("2026-03-01")).isEqualTo("1 March 2026");
    assertThat(DateLabel.of("yesterday")).isEqualTo("yesterday");
    assertThat(DateLabel.of(null)).isEmpty();
  }

  @Test
  @DisplayName("an article page groups sentences in paragraphs and shows a headline repeated as sentence 1 once, as the title")
  void articleLayout() {
    ArticleMeta meta = new ArticleMeta("a1", "Harbour reopens", null, "Wire", null);
    ArticlePage page = new ArticlePage(new ArticleView(meta,
        List.of("Harbour reopens", "It reopened.", "Boats came.", "Cold."), List.of(1, 2, 2, 3)));

    JsonObject json = page.toJson();
    assertThat(json.getString("headlineAnchor")).isEqualTo("s1");
    assertThat(json.getJsonArray("paragraphs").stream()
        .map(p -> ((JsonObject) p).getJsonArray("sentences").size()).toList()).containsExactly(2, 1);
    assertThat(page.paragraphOf(3)).isEqualTo(1);
    assertThat(page.paragraphOf(4)).isEqualTo(2);
    assertThat(page.paragraphOf(1)).isZero();

    ArticlePage old = new ArticlePage(new ArticleView(meta, List.of("One.", "Two.")));
    assertThat(old.toJson().getJsonArray("paragraphs")).hasSize(2);
    assertThat(old.toJson().containsKey("headlineAnchor")).isFalse();
    assertThat(old.paragraphOf(2)).isZero();
  }
}
