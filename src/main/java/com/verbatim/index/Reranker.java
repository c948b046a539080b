package com.verbatim.index;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Orders the sentences Lucene found by their {@link SentenceScorer} score. Ties go to the sentence that
 * stands earlier in its article, then to the smaller key, so the same question always gets the same order.
 */
final class Reranker {

  /** A found sentence, its position in the article that carries it (in scope), and its score. */
  record Ranked(Hit hit, int n, SentenceScorer.Scored scored) {
  }

  private static final Comparator<Ranked> ORDER = Comparator
      .comparingDouble((Ranked r) -> r.scored().score()).reversed()
      .thenComparingInt(Ranked::n)
      .thenComparing(r -> r.hit().key());

  private final SentenceScorer scorer;

  Reranker(SentenceScorer scorer) {
    this.scorer = scorer;
  }

  /** Every hit, scored and sorted best first; {@code scope} (empty = all) picks which position counts. */
  List<Ranked> rank(QueryPlan plan, List<Hit> hits, Set<String> scope) {
    return hits.stream()
        .map(h -> {
          int n = position(h, scope);
          return new Ranked(h, n, scorer.score(plan, h.text(), h.score(), n));
        })
        .sorted(ORDER)
        .toList();
  }

  /** The earliest place the sentence appears in an article of the scope. */
  private static int position(Hit hit, Set<String> scope) {
    return hit.occurrences().stream()
        .filter(o -> scope.isEmpty() || scope.contains(o.articleId()))
        .mapToInt(Occurrence::n)
        .min().orElse(Integer.MAX_VALUE);
  }
}
