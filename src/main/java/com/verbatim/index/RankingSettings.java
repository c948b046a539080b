package com.verbatim.index;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Every knob of the sentence ranking, in one value so the product and the evaluation run the same code
 * with the same numbers. {@link Ranking#SETTINGS} holds the values tuned on WikiQA dev; the evaluation
 * sources vary single features to measure them.
 *
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalization
 * @param lemmas whether irregular forms are mapped to their lemma before stemming
 * @param synonymWeight weight of a synonym relative to the question's own word; 0 switches synonyms off
 * @param coverageWeight how much covering more of the question's concepts multiplies the BM25 score
 * @param typeWeight bonus for a word of the expected answer type near the matched words
 * @param phraseWeight bonus per question word pair found next to each other, as in "Wang Yi"
 * @param positionWeight bonus for sentences early in their article, {@code weight / sqrt(n)}
 * @param semanticWeight weight of the cosine between question and sentence embeddings, added to the score
 *     when a {@link Semantic} is given (λ in {@code score + λ·cosine})
 */
public record RankingSettings(float k1, float b, boolean lemmas, float synonymWeight, double coverageWeight,
    double typeWeight, double phraseWeight, double positionWeight, double semanticWeight) {

  /** These settings with another {@link #semanticWeight()}. */
  public RankingSettings withSemanticWeight(double weight) {
    return new RankingSettings(k1, b, lemmas, synonymWeight, coverageWeight, typeWeight, phraseWeight, positionWeight,
        weight);
  }

  /** The BM25 similarity these settings ask for. */
  public Similarity similarity() {
    return new BM25Similarity(k1, b);
  }
}
