package com.verbatim.index;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The Lucene step of an answer alone (plan, query, top candidates, no rescoring), so the latency
 * benchmark can measure its share of the whole answer path.
 */
public final class LuceneStep {

  private final SentenceIndex index;
  private final Synonyms synonyms;

  public LuceneStep(SentenceIndex index) {
    this.index = index;
    this.synonyms = new Synonyms(index.analyzer());
  }

  public List<Hit> candidates(String question, int n) throws IOException {
    QueryPlan plan = QueryPlan.of(question, index.analyzer(), synonyms, Ranking.SETTINGS.synonymWeight());
    return plan.isEmpty() ? List.of() : index.search(plan.query(Set.of()), n);
  }
}
