package com.verbatim.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ShingleScorerTest {

  @Test
  @DisplayName("counts are 4-token shingle multisets normalized by TP+FP+FN")
  void normalizedCounts() {
    // truth: a b c d e -> {abcd, bcde}; predicted: a b c d x -> {abcd, bcdx}
    ShingleScorer.Page page = ShingleScorer.page("a b c d e", "a, b. c d x");
    assertThat(page.tp()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(page.fp()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(page.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(page.exact()).isFalse();
  }

  @Test
  @DisplayName("short texts are one shingle; an empty output costs recall only")
  void edgeCases() {
    assertThat(ShingleScorer.page("Hi there", "Hi there").precision()).isEqualTo(1.0);
    ShingleScorer.Page empty = ShingleScorer.page("a b c d e", "");
    assertThat(empty.precision()).isNull();
    assertThat(empty.recall()).isEqualTo(0.0);
    ShingleScorer.Scores macro = ShingleScorer.macro(List.of(empty, ShingleScorer.page("a b c d", "a b c d")));
    assertThat(macro.precision()).isEqualTo(1.0);
    assertThat(macro.recall()).isEqualTo(0.5);
    assertThat(macro.f1()).isCloseTo(2 / 3.0, within(1e-9));
  }
}
