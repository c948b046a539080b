package com.verbatim.eval.wikiqa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MAP and MRR computed as {@code trec_eval} computes {@code map} and {@code recip_rank}.
 *
 * <p>Only queries present in both the qrels and the run are scored (trec_eval's default, without
 * {@code -c}); each query's results are ordered by score descending, with ties broken by a {@link TieBreak}.
 * Relevant docnos missing from the run count as never retrieved, so they lower AP.
 */
public final class TrecEval {

  /** How results with equal scores are ordered. */
  public enum TieBreak {
    /** trec_eval's rule: docno descending, compared as strings (so "9" ranks above "10"). */
    TREC_EVAL(Comparator.comparing(RunFile.Result::docno).reversed()),
    /** Earlier candidate first: docno ascending as a number (Lucene's doc-id order for per-question indexes). */
    EARLIER_FIRST(Comparator.comparing(RunFile.Result::docno, TrecEval::compareNumerically));

    private final Comparator<RunFile.Result> ranking;

    TieBreak(Comparator<RunFile.Result> tieOrder) {
      this.ranking = TrecEval.BY_SCORE_DESCENDING.thenComparing(tieOrder);
    }

    /** The full ranking order: score descending, then this tie rule. */
    public Comparator<RunFile.Result> ranking() {
      return ranking;
    }
  }

  // Like trec_eval's comparison of sims: plain < and >, so 0.0 and -0.0 tie.
  private static final Comparator<RunFile.Result> BY_SCORE_DESCENDING =
      (a, b) -> a.score() > b.score() ? -1 : a.score() < b.score() ? 1 : 0;

  /** Mean average precision and mean reciprocal rank over {@code queries} scored queries. */
  public record Scores(double map, double mrr, int queries) {
  }

  private TrecEval() {
  }

  /** Scores {@code run} against {@code qrels} with the given tie rule. */
  public static Scores evaluate(Qrels qrels, RunFile run, TieBreak tieBreak) {
    double apSum = 0;
    double rrSum = 0;
    int queries = 0;
    for (String qid : qrels.queryIds()) {
      List<RunFile.Result> results = run.results(qid);
      if (results.isEmpty()) {
        continue;
      }
      List<RunFile.Result> ranked = rank(qid, results, tieBreak);
      apSum += averagePrecision(qrels, qid, ranked);
      rrSum += reciprocalRank(qrels, qid, ranked);
      queries++;
    }
    return queries == 0 ? new Scores(0, 0, 0) : new Scores(apSum / queries, rrSum / queries, queries);
  }

  /** Each scored query's average precision by query id, in qrels order: the values {@link #evaluate} averages. */
  public static Map<String, Double> averagePrecisions(Qrels qrels, RunFile run, TieBreak tieBreak) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String qid : qrels.queryIds()) {
      List<RunFile.Result> results = run.results(qid);
      if (!results.isEmpty()) {
        out.put(qid, averagePrecision(qrels, qid, rank(qid, results, tieBreak)));
      }
    }
    return out;
  }

  /** The results of one query in ranked order; a docno listed twice is an error, as in trec_eval. */
  static List<RunFile.Result> rank(String qid, List<RunFile.Result> results, TieBreak tieBreak) {
    Set<String> seen = new HashSet<>();
    for (RunFile.Result r : results) {
      if (!seen.add(r.docno())) {
        throw new IllegalArgumentException("duplicate docno " + r.docno() + " in run for query " + qid);
      }
    }
    List<RunFile.Result> ranked = new ArrayList<>(results);
    ranked.sort(tieBreak.ranking());
    return ranked;
  }

  private static double averagePrecision(Qrels qrels, String qid, List<RunFile.Result> ranked) {
    int relevant = qrels.relevantCount(qid);
    if (relevant == 0) {
      return 0;
    }
    double sum = 0;
    int found = 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (qrels.isRelevant(qid, ranked.get(i).docno())) {
        found++;
        sum += (double) found / (i + 1);
      }
    }
    return sum / relevant;
  }

  private static double reciprocalRank(Qrels qrels, String qid, List<RunFile.Result> ranked) {
    for (int i = 0; i < ranked.size(); i++) {
      if (qrels.isRelevant(qid, ranked.get(i).docno())) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  // Numeric docnos first, in numeric order; any others after them, as strings.
  private static int compareNumerically(String a, String b) {
    Long x = parseLong(a);
    Long y = parseLong(b);
    if (x != null && y != null) {
      return Long.compare(x, y);
    }
    if (x != null || y != null) {
      return x != null ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static Long parseLong(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
