package com.verbatim.eval.wikiqa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class LuceneBm25BaselineTest {

  private final LuceneBm25Baseline ranker = new LuceneBm25Baseline();

  @Test
  @DisplayName("candidates sharing more question terms score higher; those sharing none score 0 (no stop words)")
  void scoresByTermOverlap() {
    double[] scores = ranker.scores("When was the Eiffel Tower built?", List.of(
        "Paris is a capital city in France.",
        "The Eiffel Tower was built in 1889.",
        "The tower is made of iron."));

    assertThat(scores).hasSize(3);
    assertThat(scores[0]).isZero();
    assertThat(scores[1]).isGreaterThan(scores[2]).isGreaterThan(0);
  }

  @Test
  @DisplayName("a question with no indexable terms scores every candidate 0")
  void emptyQuestion() {
    assertThat(ranker.scores("?!", List.of("Anything.", "Else."))).containsExactly(0, 0);
  }

  @Test
  @DisplayName("scores are rounded to 6 decimals from the float's exact value")
  void roundsToSixDecimals() {
    assertThat(LuceneBm25Baseline.round(1.1219965f)).isEqualTo(1.121997);
    assertThat(LuceneBm25Baseline.round(0.3135695f)).isEqualTo(0.313569);
  }
}
