package com.verbatim.index;

import java.util.Map;

/**
 * How rare each term of a question is in the index: its sentence frequency and the BM25 inverse document
 * frequency derived from it. A term no sentence holds is unseen: the corpus cannot answer about it.
 */
record TermRarity(Map<String, Integer> docFreq, int docCount) {

  TermRarity {
    docFreq = Map.copyOf(docFreq);
  }

  /** BM25's {@code log(1 + (N - df + 0.5) / (df + 0.5))}. */
  double idf(String term) {
    int df = docFreq.getOrDefault(term, 0);
    return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
  }

  boolean unseen(String term) {
    return docFreq.getOrDefault(term, 0) == 0;
  }
}
