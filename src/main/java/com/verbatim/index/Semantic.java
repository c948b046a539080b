package com.verbatim.index;

import java.io.IOException;
import java.util.List;

/**
 * Semantic similarity of found sentences to the question, an optional part of the ranking: each candidate
 * Lucene found gains {@link RankingSettings#semanticWeight()} times its cosine (see {@link Reranker}).
 * {@link AnswerFinder} is given none when the feature is off, and ranks by words alone.
 */
public interface Semantic {

  /**
   * The cosine of each hit to the question, in the order of {@code hits}; {@code NaN} for a sentence
   * that has no vector yet (it was stored moments ago and is still waiting for the model).
   */
  double[] cosines(String question, List<Hit> hits) throws IOException;
}
