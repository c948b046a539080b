package com.verbatim.eval.wikiqa;

import com.verbatim.index.CandidateRanking;
import com.verbatim.index.Ranking;
import com.verbatim.index.RankingSettings;
import java.util.Arrays;
import java.util.Comparator;
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

  /**
   * The product's order as distinct scores ({@code n} for the first, down to 1): sentences the
   * product ranks by score, ties to the earlier sentence, and the sentences that match nothing (which
   * the product never shows) in article order. With every score distinct, trec_eval's tie rule
   * cannot reorder what the product would show.
   */
  @Override
  public double[] scores(String question, List<String> candidates) {
    return distinctRanks(ranking.score(question, candidates).stream().mapToDouble(CandidateRanking.Scored::score)
        .toArray());
  }

  /** Product scores as distinct ranks, ties to the earlier sentence (see {@link #scores}). */
  static double[] distinctRanks(double[] raw) {
    Integer[] order = new Integer[raw.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -raw[i]).thenComparingInt(i -> i));
    double[] ranks = new double[raw.length];
    for (int r = 0; r < order.length; r++) {
      ranks[order[r]] = order.length - r;
    }
    return ranks;
  }

  /** Scores and concept coverage per candidate, for calibrating the abstention bar. */
  public List<CandidateRanking.Scored> scored(String question, List<String> candidates) {
    return ranking.score(question, candidates);
  }
}
