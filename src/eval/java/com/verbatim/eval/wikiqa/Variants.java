package com.verbatim.eval.wikiqa;

import com.verbatim.index.RankingSettings;

/** Copies of {@link RankingSettings} with one knob changed, for ablations and the parameter search. */
final class Variants {

  private Variants() {
  }

  static RankingSettings withBm25(RankingSettings s, float k1, float b) {
    return new RankingSettings(k1, b, s.lemmas(), s.synonymWeight(), s.coverageWeight(), s.typeWeight(),
        s.phraseWeight(), s.positionWeight(), s.semanticWeight());
  }

  static RankingSettings withLemmas(RankingSettings s, boolean lemmas) {
    return new RankingSettings(s.k1(), s.b(), lemmas, s.synonymWeight(), s.coverageWeight(), s.typeWeight(),
        s.phraseWeight(), s.positionWeight(), s.semanticWeight());
  }

  static RankingSettings withSynonymWeight(RankingSettings s, float weight) {
    return new RankingSettings(s.k1(), s.b(), s.lemmas(), weight, s.coverageWeight(), s.typeWeight(),
        s.phraseWeight(), s.positionWeight(), s.semanticWeight());
  }

  static RankingSettings withCoverageWeight(RankingSettings s, double weight) {
    return new RankingSettings(s.k1(), s.b(), s.lemmas(), s.synonymWeight(), weight, s.typeWeight(),
        s.phraseWeight(), s.positionWeight(), s.semanticWeight());
  }

  static RankingSettings withTypeWeight(RankingSettings s, double weight) {
    return new RankingSettings(s.k1(), s.b(), s.lemmas(), s.synonymWeight(), s.coverageWeight(), weight,
        s.phraseWeight(), s.positionWeight(), s.semanticWeight());
  }

  static RankingSettings withPhraseWeight(RankingSettings s, double weight) {
    return new RankingSettings(s.k1(), s.b(), s.lemmas(), s.synonymWeight(), s.coverageWeight(), s.typeWeight(),
        weight, s.positionWeight(), s.semanticWeight());
  }

  static RankingSettings withPositionWeight(RankingSettings s, double weight) {
    return new RankingSettings(s.k1(), s.b(), s.lemmas(), s.synonymWeight(), s.coverageWeight(), s.typeWeight(),
        s.phraseWeight(), weight, s.semanticWeight());
  }
}
