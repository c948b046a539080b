package com.verbatim.eval.wikiqa;

import com.verbatim.index.CandidateRanking;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Calibrates the product's relevance bar on every question of a split, with and without a correct answer.
 * For each bar on concept coverage, a question is answered when some candidate clears it, and the answer
 * shown first is the best-scoring candidate that clears it (as the product does).
 */
final class AbstentionTable {

  /** The bars tried: the share of the question's concepts a sentence must cover. */
  static final double[] BARS = {0.0, 0.25, 0.34, 0.5, 0.51, 0.6, 0.67, 0.75, 0.8, 1.0};

  private AbstentionTable() {
  }

  static void print(List<WikiQaData.Question> questions, ProductRanker ranker, PrintStream out) {
    List<List<CandidateRanking.Scored>> scored = questions.stream().map(q -> ranker.scored(q.text(), q.sentences())).toList();
    long answerable = questions.stream().filter(AbstentionTable::hasAnswer).count();
    out.printf(Locale.ROOT, "%d questions, %d with a correct candidate, %d without%n", questions.size(), answerable,
        questions.size() - answerable);
    out.println("| coverage bar | answered | answerable kept | unanswerable abstained | first sentence correct"
        + " (of answered) |");
    out.println("|---|---|---|---|---|");
    for (double bar : BARS) {
      int answered = 0;
      int kept = 0;
      int abstained = 0;
      int correct = 0;
      for (int i = 0; i < questions.size(); i++) {
        WikiQaData.Question q = questions.get(i);
        int first = firstShown(scored.get(i), bar);
        if (first < 0) {
          abstained += hasAnswer(q) ? 0 : 1;
          continue;
        }
        answered++;
        kept += hasAnswer(q) ? 1 : 0;
        correct += q.candidates().get(first).label();
      }
      out.printf(Locale.ROOT, "| >= %.2f | %d | %s | %s | %s |%n", bar, answered, share(kept, answerable),
          share(abstained, questions.size() - answerable), share(correct, answered));
    }
  }

  /** The index of the best-scoring candidate that matches something and clears the bar, or -1. */
  private static int firstShown(List<CandidateRanking.Scored> scored, double bar) {
    int best = -1;
    for (int c = 0; c < scored.size(); c++) {
      CandidateRanking.Scored s = scored.get(c);
      if (s.score() > CandidateRanking.NO_MATCH && s.coverage() >= bar
          && (best < 0 || s.score() > scored.get(best).score())) {
        best = c;
      }
    }
    return best;
  }

  private static boolean hasAnswer(WikiQaData.Question q) {
    return q.candidates().stream().anyMatch(c -> c.label() == 1);
  }

  private static String share(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%% (%d)", 100.0 * part / whole, part);
  }
}
