package com.verbatim.eval.newsqa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class NewsQaCheckTest {

  private static final Map<String, String> ARTICLES = Map.of(
      "bbc-a-001", "Ann runs the firm. She founded it in 1999.",
      "bbc-a-002", "The firm is run by Ann. Ann said the firm grew.");

  /** Sentences end at a period followed by a space, a stand-in for the product's splitter. */
  private static final Function<String, List<String>> SENTENCES = id -> List.of(ARTICLES.get(id).split("(?<=\\.) "));

  private static NewsQuestion q(String qid, String kind, String gold) {
    return NewsQuestion.parse(qid + "\t" + kind + "\tQuestion?\t" + gold);
  }

  /** Deals the questions by the rule {@link NewsQaCheck} checks: within a kind, by hash, first to dev. */
  private static List<List<NewsQuestion>> deal(List<NewsQuestion> questions) {
    List<NewsQuestion> dev = new ArrayList<>();
    List<NewsQuestion> test = new ArrayList<>();
    List<NewsQuestion> sorted = new ArrayList<>(questions);
    sorted.sort(Comparator.comparing((NewsQuestion q) -> NewsQaCheck.dealKey(q.qid())));
    for (int i = 0; i < sorted.size(); i++) {
      (i % 2 == 0 ? dev : test).add(sorted.get(i));
    }
    return List.of(dev, test);
  }

  @Test
  @DisplayName("questions whose gold occurs once in existing articles, dealt by the rule, have no problems")
  void cleanSetPasses() {
    List<List<NewsQuestion>> split = deal(List.of(q("p3-001", "who", "bbc-a-001|Ann runs the firm"),
        q("p3-002", "who", "bbc-a-002|run by Ann"), q("p3-003", "who", "bbc-a-001|She founded it")));

    assertThat(NewsQaCheck.problems(split.get(0), split.get(1), ARTICLES, SENTENCES)).isEmpty();
  }

  @Test
  @DisplayName("an unknown article, a substring found twice or not at all, and a reused id are each reported")
  void reportsGoldProblems() {
    List<List<NewsQuestion>> split = deal(List.of(q("p3-001", "who", "bbc-a-009|Ann"),
        q("p3-002", "who", "bbc-a-002|firm"), q("p3-003", "who", "bbc-a-001|Bob")));
    List<NewsQuestion> dev = new ArrayList<>(split.get(0));
    dev.add(q("p3-001", "none", "-"));

    assertThat(NewsQaCheck.problems(dev, split.get(1), ARTICLES, SENTENCES)).contains(
        "p3-001 bbc-a-009: no such article",
        "p3-002 bbc-a-002: substring found 2 times, not once: firm",
        "p3-003 bbc-a-001: substring found 0 times, not once: Bob",
        "p3-001: question id used twice");
  }

  @Test
  @DisplayName("a substring that runs across a sentence end is reported")
  void reportsSubstringAcrossSentences() {
    List<List<NewsQuestion>> split = deal(List.of(q("p3-001", "who", "bbc-a-001|the firm. She")));

    assertThat(NewsQaCheck.problems(split.get(0), split.get(1), ARTICLES, SENTENCES))
        .containsExactly("p3-001 bbc-a-001: substring spans two sentences: the firm. She");
  }

  @Test
  @DisplayName("a question in the split the dealing rule does not give it is reported")
  void reportsWrongSplit() {
    List<List<NewsQuestion>> split = deal(List.of(q("p3-001", "who", "bbc-a-001|Ann runs the firm"),
        q("p3-002", "who", "bbc-a-002|run by Ann")));

    assertThat(NewsQaCheck.problems(split.get(1), split.get(0), ARTICLES, SENTENCES)).hasSize(2)
        .allMatch(p -> p.contains("the dealing rule puts it in"));
  }

  @Test
  @DisplayName("each batch is dealt on its own, and an id of no batch is reported")
  void dealsBatchesApart() {
    List<List<NewsQuestion>> old = deal(List.of(q("p1-001", "who", "bbc-a-001|Ann runs the firm"),
        q("p2-001", "who", "bbc-a-002|run by Ann")));
    List<List<NewsQuestion>> added = deal(List.of(q("p3-001", "who", "bbc-a-001|She founded it"),
        q("p3-002", "who", "bbc-a-002|Ann said")));
    List<NewsQuestion> dev = new ArrayList<>(old.get(0));
    dev.addAll(added.get(0));
    List<NewsQuestion> test = new ArrayList<>(old.get(1));
    test.addAll(added.get(1));

    assertThat(NewsQaCheck.problems(dev, test, ARTICLES, SENTENCES)).isEmpty();
    test.add(q("p9-001", "none", "-"));
    assertThat(NewsQaCheck.problems(dev, test, ARTICLES, SENTENCES)).contains("p9-001: no batch of DEALS has its prefix");
  }
}
