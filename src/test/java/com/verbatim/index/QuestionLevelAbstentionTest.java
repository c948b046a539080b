package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.Answer.Quote;
import com.verbatim.model.Ask;
import com.verbatim.model.SplitArticle;
import com.verbatim.support.Samples;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The evidence bars decide whether a question is answered, not which sentences may be shown: over many articles
 * the sentences that clear them come first and the others follow; in the one article a reader asks about, the
 * rarest-word and cosine bars do not apply, and a name in that article's title counts as seen.
 */
@Timeout(60)
class QuestionLevelAbstentionTest {

  private static final String PARTIAL = "Did Blinken discuss climate finance with Chinese officials?";
  private static SentenceIndex index;
  private static String blinken;
  private static String thomas;

  @BeforeAll
  static void indexArticles() throws IOException {
    index = SentenceIndex.inMemory();
    SplitArticle sample = Samples.split(Samples.blinken());
    blinken = sample.article().id();
    index.store(sample);
    SplitArticle school = Samples.split("Zach Thomas retires",
        "Thomas played college football for Texas Tech before the Dolphins drafted him. He retired on Monday.", "test");
    thomas = school.article().id();
    index.store(school);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  /** A cosine of 0.95 for sentences holding {@code marker}, 0.5 for the others: only those clear the cosine bar. */
  private static Semantic closeWhen(String marker) {
    return (question, hits) -> hits.stream().mapToDouble(h -> h.text().contains(marker) ? 0.95 : 0.5).toArray();
  }

  private static List<String> texts(Semantic semantic, String question, List<String> scope) throws IOException {
    return new AnswerFinder(index, semantic).answer(new Ask("t", question, 5, scope)).sentences().stream()
        .map(Quote::text).toList();
  }

  @Test
  @DisplayName("over the whole corpus, sentences under the cosine bar follow the one that clears it")
  void barredSentencesFollow() throws IOException {
    List<String> all = texts(closeWhen("range of issues"), PARTIAL, List.of());

    assertThat(all).hasSizeGreaterThan(1);
    assertThat(all.get(0)).contains("range of issues");
    assertThat(all.subList(1, all.size())).noneMatch(t -> t.contains("range of issues"));
  }

  @Test
  @DisplayName("over the whole corpus, no sentence clearing the bars means no answer")
  void noneClearsNoAnswer() throws IOException {
    assertThat(texts(closeWhen("no sentence holds this"), PARTIAL, List.of())).isEmpty();
  }

  @Test
  @DisplayName("in the one article asked about, the cosine bar does not silence a question its words cover")
  void oneArticleIgnoresCosineBar() throws IOException {
    assertThat(texts(closeWhen("no sentence holds this"), PARTIAL, List.of(blinken))).isNotEmpty();
  }

  @Test
  @DisplayName("a name only in the title is unseen over the corpus but seen in its article")
  void titleNamesAreSeenInScope() throws IOException {
    String question = "What college did Zach Thomas play for?";

    assertThat(texts(null, question, List.of())).isEmpty();
    assertThat(texts(null, question, List.of(thomas)).get(0)).contains("Texas Tech");
  }
}
