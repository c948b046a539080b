package com.verbatim.eval.wikiqa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks {@link TrecEval} against published numbers before any ranker is scored: the paper's CNN run and
 * the Lucene reference run, both against {@code WikiQA-test-filtered.ref}, compared to 4 decimals as
 * trec_eval prints them.
 */
public final class ScorerSelfCheck {

  /** One expected result: a run file (relative to the data folder), a tie rule and its MAP and MRR. */
  public record Expectation(String runFile, TrecEval.TieBreak tieBreak, double map, double mrr) {
  }

  /** The qrels every expectation is scored against, relative to the data folder. */
  public static final String QRELS = "WikiQA-test-filtered.ref";

  /** The published numbers: the EMNLP 2015 CNN row, and the values in the data folder's README. */
  public static final List<Expectation> EXPECTATIONS = List.of(
      new Expectation("emnlp-table/WikiQA.CNN.test.rank", TrecEval.TieBreak.TREC_EVAL, 0.6190, 0.6281),
      new Expectation("reference-runs/lucene-9.12.1-bm25-standard-perquestion.test.rank",
          TrecEval.TieBreak.TREC_EVAL, 0.5985, 0.6044),
      new Expectation("reference-runs/lucene-9.12.1-bm25-standard-perquestion.test.rank",
          TrecEval.TieBreak.EARLIER_FIRST, 0.6107, 0.6149));

  private ScorerSelfCheck() {
  }

  /** Runs every expectation; returns one line per mismatch, so an empty list means the scorer is right. */
  public static List<String> run(Path dataDir) {
    Qrels qrels = Qrels.read(dataDir.resolve(QRELS));
    List<String> failures = new ArrayList<>();
    for (Expectation e : EXPECTATIONS) {
      TrecEval.Scores s = TrecEval.evaluate(qrels, RunFile.read(dataDir.resolve(e.runFile())), e.tieBreak());
      boolean same = fourDecimals(s.map()).equals(fourDecimals(e.map()))
          && fourDecimals(s.mrr()).equals(fourDecimals(e.mrr()));
      if (!same) {
        failures.add(String.format(Locale.ROOT, "%s (%s): MAP %s / MRR %s, expected %s / %s", e.runFile(),
            e.tieBreak(), fourDecimals(s.map()), fourDecimals(s.mrr()), fourDecimals(e.map()), fourDecimals(e.mrr())));
      }
    }
    return failures;
  }

  /** A value as trec_eval prints it: 4 decimals. */
  public static String fourDecimals(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
