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

  /** What the ranker noticed over the questions it scored, for the report; empty when it has nothing to say. */
  default String notes() {
    return "";
  }
}
