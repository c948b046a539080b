package com.verbatim.eval.wikiqa;

import com.verbatim.index.CandidateRanking;
import com.verbatim.index.Ranking;
import com.verbatim.index.RankingSettings;
import java.util.List;

/**
 * The product's own ranking ({@link CandidateRanking}: the analyzer, query, rescoring and tie order that
 * answer readers' questions) as a WikiQA {@link CandidateRanker}. Nothing in it knows about WikiQA.
 */
public final class ProductRanker implements CandidateRanker {

  private final CandidateRanking ranking;

  /** With the product's tuned settings. */
  public ProductRanker() {
    this(Ranking.SETTINGS);
  }

  public ProductRanker(RankingSettings settings) {
    this.ranking = new CandidateRanking(settings);
  }

  @Override
  public double[] scores(String question, List<String> candidates) {
    return ranking.score(question, candidates).stream().mapToDouble(CandidateRanking.Scored::score).toArray();
  }

  /** Scores and concept coverage per candidate, for calibrating the abstention bar. */
  public List<CandidateRanking.Scored> scored(String question, List<String> candidates) {
    return ranking.score(question, candidates);
  }
}
