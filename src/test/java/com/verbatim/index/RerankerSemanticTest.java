package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RerankerSemanticTest {

  private static final QueryPlan PLAN = QueryPlan.ofTerms(List.of("alpha"));
  private static final List<Hit> HITS = List.of(
      new Hit("k1", "Alpha rose.", 2.0f, List.of(new Occurrence("a", 1))),
      new Hit("k2", "Alpha fell.", 1.9f, List.of(new Occurrence("a", 1))));

  private final Reranker reranker = new Reranker(new SentenceScorer(new NewsAnalyzer(), Ranking.SETTINGS),
      Ranking.SETTINGS.semanticWeight());

  private List<String> order(double[] cosines) {
    return reranker.rank(PLAN, HITS, Set.of(), cosines).stream().map(r -> r.hit().key()).toList();
  }

  @Test
  @DisplayName("without cosines the words decide; a clearly closer meaning lifts a sentence above a better word match")
  void cosineAddsToScore() {
    assertThat(order(null)).containsExactly("k1", "k2");
    assertThat(order(new double[] {0.70, 0.90})).containsExactly("k2", "k1");
  }

  @Test
  @DisplayName("the bonus is the semantic weight times the cosine")
  void bonusIsWeightTimesCosine() {
    double plain = reranker.rank(PLAN, HITS, Set.of(), null).get(0).scored().score();
    double withCosine = reranker.rank(PLAN, HITS, Set.of(), new double[] {0.8, 0.0}).stream()
        .filter(r -> r.hit().key().equals("k1")).findFirst().orElseThrow().scored().score();

    assertThat(withCosine - plain).isCloseTo(0.8 * Ranking.SETTINGS.semanticWeight(), offset(1e-9));
  }

  @Test
  @DisplayName("a sentence still without a vector gets the mean cosine of the others: neither lifted nor sunk")
  void missingVectorIsNeutral() {
    assertThat(order(new double[] {Double.NaN, 0.90})).containsExactly("k1", "k2");
    assertThat(order(new double[] {Double.NaN, Double.NaN})).containsExactly("k1", "k2");
  }
}
