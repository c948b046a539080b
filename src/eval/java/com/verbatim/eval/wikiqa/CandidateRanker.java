package com.verbatim.eval.wikiqa;

import java.util.List;

/**
 * Scores the candidate sentences of one question; a higher score means a better answer.
 *
 * <p>Implementations see only the question and its own candidates, as the WikiQA protocol requires.
 */
public interface CandidateRanker {

  /** One score per candidate, in the order of {@code candidates}. */
  double[] scores(String question, List<String> candidates);

  /**
   * As {@link #scores(String, List)}, for candidates taken from a page with this title (WikiQA's document title;
   * null when the data has none). Rankers that judge a sentence in its article read it; the others ignore it.
   */
  default double[] scores(String question, String title, List<String> candidates) {
    return scores(question, candidates);
  }

  /** What the ranker noticed over the questions it scored, for the report; empty when it has nothing to say. */
  default String notes() {
    return "";
  }
}
