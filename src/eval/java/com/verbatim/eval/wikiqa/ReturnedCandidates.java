package com.verbatim.eval.wikiqa;

import com.verbatim.model.Answer;
import com.verbatim.model.Answer.Quote;
import com.verbatim.model.Citation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The candidates an {@link Answer} returns, by 0-based candidate index: one group per quote, in the answer's
 * order, holding the quoted candidate first and then the near-duplicate twins that collapsing folded into it
 * (its {@code alsoIn}). Candidates in no group were not returned: below the relevance bar, or past the limit.
 *
 * @param candidates how many candidates the question has
 * @param limit the {@code limit} of the ask
 * @param quotes the groups, best quote first
 */
public record ReturnedCandidates(int candidates, int limit, List<List<Integer>> quotes) {

  public ReturnedCandidates {
    quotes = quotes.stream().map(List::copyOf).toList();
  }

  /**
   * Maps an answer over the candidates stored as sentences 1..n of article {@code articleId} back to
   * candidates, by the citations' sentence numbers. A candidate cited twice, or a citation outside the
   * article, means the answer was not built from those candidates: both are errors.
   */
  public static ReturnedCandidates of(Answer answer, String articleId, int candidates, int limit) {
    Set<Integer> seen = new HashSet<>();
    List<List<Integer>> quotes = new ArrayList<>();
    for (Quote quote : answer.sentences()) {
      List<Integer> group = new ArrayList<>();
      group.add(index(quote.citation(), articleId, candidates, seen));
      for (Citation twin : quote.alsoIn()) {
        group.add(index(twin, articleId, candidates, seen));
      }
      quotes.add(group);
    }
    return new ReturnedCandidates(candidates, limit, quotes);
  }

  private static int index(Citation citation, String articleId, int candidates, Set<Integer> seen) {
    int index = citation.sentence() - 1;
    if (!citation.article().id().equals(articleId) || index < 0 || index >= candidates) {
      throw new IllegalStateException("citation of sentence " + citation.sentence() + " of " + citation.article().id()
          + " is not one of the " + candidates + " candidates of " + articleId);
    }
    if (!seen.add(index)) {
      throw new IllegalStateException("candidate " + index + " is returned twice");
    }
    return index;
  }

  /** Every returned candidate in rank order: each quote followed by its folded twins. */
  public List<Integer> order() {
    return quotes.stream().flatMap(List::stream).toList();
  }

  /** How many candidates were returned only as twins folded into another candidate's quote. */
  public int folded() {
    return quotes.stream().mapToInt(q -> q.size() - 1).sum();
  }

  /** Whether the answer used every place the limit gave it, so candidates past it may have been cut. */
  public boolean full() {
    return quotes.size() >= limit;
  }

  /**
   * Distinct scores, {@code candidates} for the first down to 1: the returned candidates in {@link #order()},
   * then the ones not returned in candidate order. With every score distinct, no tie rule can reorder them.
   */
  public double[] scores() {
    double[] scores = new double[candidates];
    boolean[] placed = new boolean[candidates];
    int rank = 0;
    for (int index : order()) {
      scores[index] = candidates - rank++;
      placed[index] = true;
    }
    for (int index = 0; index < candidates; index++) {
      if (!placed[index]) {
        scores[index] = candidates - rank++;
      }
    }
    return scores;
  }
}
