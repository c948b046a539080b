package com.verbatim.index;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/** The ranking constants, in one place so evaluation and product share them. */
public final class Ranking {

  /** BM25 term-frequency saturation; sentences are short, so a repeat adds little. */
  static final float K1 = 1.2f;
  /** BM25 length normalization. */
  static final float B = 0.75f;
  /** Weight of a synonym relative to the question's own word. */
  static final float SYNONYM_WEIGHT = 0.5f;
  /** How many candidates Lucene hands to the reranker, at least. */
  static final int CANDIDATES = 50;

  private Ranking() {
  }

  public static Similarity similarity() {
    return new BM25Similarity(K1, B);
  }
}
