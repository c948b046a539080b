package com.verbatim.eval.wikiqa;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.Ask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiRankerTest {

  private static final String QUESTION = "When did Marie Curie win the Nobel Prize in Physics?";

  @Test
  @DisplayName("through the product's answer path: the answer first, its repeat folded right after it, the rest last")
  void ranksATinyQuestionAsTheApiAnswers() {
    List<String> candidates = List.of(
        "The weather in Paris was mild on Tuesday.",
        "Marie Curie won the Nobel Prize in Physics in 1903.",
        "Bananas are yellow.",
        "Marie Curie won the Nobel Prize in Physics in 1903.");
    ApiRanker ranker = new ApiRanker();

    ReturnedCandidates r = ranker.answer(QUESTION, candidates);

    assertThat(r.limit()).isEqualTo(4);
    assertThat(r.quotes()).containsExactly(List.of(1, 3));
    assertThat(ranker.scores(QUESTION, candidates)).containsExactly(2, 4, 1, 3);
    assertThat(ranker.notes()).startsWith("api: 2 of 2 questions answered (0 abstained)");
  }

  @Test
  @DisplayName("a question nothing answers is abstained on: every candidate in candidate order")
  void abstainsWhenNothingClearsTheBar() {
    ApiRanker ranker = new ApiRanker();
    List<String> candidates = List.of("Bananas are yellow.", "Apples are red.");

    assertThat(ranker.answer(QUESTION, candidates).quotes()).isEmpty();
    assertThat(ranker.scores(QUESTION, candidates)).containsExactly(2, 1);
  }

  @Test
  @DisplayName("more candidates than Ask.MAX_LIMIT: the ask asks for the most, the rest rank last, all distinct")
  void capsTheLimit() {
    List<String> candidates = new ArrayList<>();
    for (int i = 0; i < Ask.MAX_LIMIT + 20; i++) {
      candidates.add("Marie Curie won the Nobel Prize in Physics, wrote " + String.join(" ", words(i)) + ".");
    }
    ApiRanker ranker = new ApiRanker();

    ReturnedCandidates r = ranker.answer(QUESTION, candidates);

    assertThat(r.limit()).isEqualTo(Ask.MAX_LIMIT);
    assertThat(r.quotes()).hasSize(Ask.MAX_LIMIT);
    assertThat(r.full()).isTrue();
    assertThat(Arrays.stream(r.scores()).distinct().count()).isEqualTo(candidates.size());
    assertThat(ranker.notes()).contains("1 questions have more candidates than the limit of 100, 1 of them got all");
  }

  /** Twelve made-up words of their own for sentence {@code i}, so no two sentences are near-duplicates. */
  private static List<String> words(int i) {
    Random random = new Random(i);
    List<String> words = new ArrayList<>();
    for (int w = 0; w < 12; w++) {
      StringBuilder word = new StringBuilder();
      for (int c = 0; c < 7; c++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      words.add(word.toString());
    }
    return words;
  }
}
