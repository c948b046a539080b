package com.verbatim.index;

/** Answer finders that rank with the learned combination ({@link Ranking#LEARNED}), for the evaluation mains. */
public final class LearnedAnswers {

  private LearnedAnswers() {
  }

  /** The product's answer finder with the learned article stage. */
  public static AnswerFinder finder(SentenceIndex index, Semantic semantic) {
    return new AnswerFinder(index, semantic, Ranking.LEARNED);
  }
}
