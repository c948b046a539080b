package com.verbatim.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Orders the sentences Lucene found by their {@link SentenceScorer} score, plus, when semantic similarity is
 * on, {@code semanticWeight} times the sentence's cosine to the question. Ties go to the sentence that
 * stands earlier in its article, then to the smaller key, so the same question always gets the same order.
 */
final class Reranker {

  /**
   * A found sentence, its position in the article that carries it (in scope), its score, and its cosine to
   * the question (NaN when semantic similarity is off or its vector is still pending).
   */
  record Ranked(Hit hit, int n, SentenceScorer.Scored scored, double cosine) {

    Ranked(Hit hit, int n, SentenceScorer.Scored scored) {
      this(hit, n, scored, Double.NaN);
    }
  }

  private static final Comparator<Ranked> ORDER = Comparator
      .comparingDouble((Ranked r) -> r.scored().score()).reversed()
      .thenComparingInt(Ranked::n)
      .thenComparing(r -> r.hit().key());

  private final SentenceScorer scorer;
  private final double semanticWeight;

  Reranker(SentenceScorer scorer) {
    this(scorer, 0);
  }

  Reranker(SentenceScorer scorer, double semanticWeight) {
    this.scorer = scorer;
    this.semanticWeight = semanticWeight;
  }

  /** Every hit, scored and sorted best first; {@code scope} (empty = all) picks which position counts. */
  List<Ranked> rank(QueryPlan plan, List<Hit> hits, Set<String> scope) {
    return rank(plan, hits, scope, null);
  }

  /**
   * As {@link #rank(QueryPlan, List, Set)}, each score raised by the semantic weight times the hit's cosine
   * ({@code cosines} in hit order, or null for words alone).
   */
  List<Ranked> rank(QueryPlan plan, List<Hit> hits, Set<String> scope, double[] cosines) {
    List<Ranked> scored = new ArrayList<>(hits.size());
    for (Hit h : hits) {
      int n = position(h, scope);
      scored.add(new Ranked(h, n, scorer.score(plan, h.text(), h.score(), n)));
    }
    return withSemantic(scored, cosines);
  }

  /**
   * Already scored sentences (from several {@link #rank} calls, say) in one order, best first, each score
   * raised by the semantic weight times its cosine ({@code cosines} in the order of {@code scored}, or null
   * for words alone).
   */
  List<Ranked> withSemantic(List<Ranked> scored, double[] cosines) {
    double[] bonus = semanticBonus(cosines, scored.size());
    List<Ranked> out = new ArrayList<>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      Ranked r = scored.get(i);
      SentenceScorer.Scored s = r.scored();
      out.add(bonus[i] == 0 ? r
          : new Ranked(r.hit(), r.n(), s.withScore(s.score() + bonus[i]), cosines[i]));
    }
    out.sort(ORDER);
    return out;
  }

  /**
   * Weight times cosine per hit. A sentence still waiting for its vector gets the mean cosine of the others,
   * so being new neither helps nor hurts it.
   */
  private double[] semanticBonus(double[] cosines, int hits) {
    double[] bonus = new double[hits];
    if (cosines == null || semanticWeight == 0) {
      return bonus;
    }
    if (cosines.length != hits) {
      throw new IllegalArgumentException(cosines.length + " cosines for " + hits + " hits");
    }
    double mean = Arrays.stream(cosines).filter(c -> !Double.isNaN(c)).average().orElse(0);
    for (int i = 0; i < hits; i++) {
      bonus[i] = semanticWeight * (Double.isNaN(cosines[i]) ? mean : cosines[i]);
    }
    return bonus;
  }

  /** The earliest place the sentence appears in an article of the scope. */
  private static int position(Hit hit, Set<String> scope) {
    int earliest = Integer.MAX_VALUE;
    for (Occurrence o : hit.occurrences()) {
      if (scope.isEmpty() || scope.contains(o.articleId())) {
        earliest = Math.min(earliest, o.n());
      }
    }
    return earliest;
  }
}
