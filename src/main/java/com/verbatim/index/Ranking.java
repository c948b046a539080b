package com.verbatim.index;

import org.apache.lucene.search.similarities.Similarity;

/** The ranking constants, in one place so evaluation and product share them. */
public final class Ranking {

  /**
   * The product's settings, tuned on WikiQA dev (README, "Ranking"): BM25 for sentence-length documents,
   * lemmas, synonyms at half weight, coverage, answer type, phrase and position boosts, and the cosine of
   * question and sentence embeddings when semantic similarity is on.
   */
  public static final RankingSettings SETTINGS = new RankingSettings(0.3f, 0.0f, true, 0.5f, 0.5, 1.5, 1.0, 2.0,
      45.0);
  /**
   * The article stage's hand-set knobs, tuned on our news dev questions (README, "Ranking"): the evidence bars,
   * and the combination the learned model reads as one of its features.
   */
  static final ContextSettings HAND = new ContextSettings(3, 0.6, 1.0, 0.5, 10.0, 0.2, 0.5, 0.75, 0.7, 0.85,
      0.82, 0.9);
  /**
   * The article stage as the product runs it: the hand-set knobs. The learned combination ({@link #LEARNED})
   * gained TrecQA and WikiQA as the API returns them but lost NewsQA hit@1 on dev and test (README, "The learned
   * combination"), so it is not the default.
   */
  static final ContextSettings CONTEXT = HAND;
  /** The hand-set bars with the learned combination ({@link AnswerModel}), for evaluation. */
  static final ContextSettings LEARNED = HAND.withModel(AnswerModel.load());
  /** How many candidates Lucene hands to the reranker, at least. */
  static final int CANDIDATES = 50;

  private Ranking() {
  }

  public static Similarity similarity() {
    return SETTINGS.similarity();
  }
}
