package com.verbatim.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Rescores a sentence that Lucene found for a question. BM25 alone prefers a sentence that
 * repeats one word; here a sentence also earns credit for covering more of the question's
 * concepts, for holding a word of the expected answer type near the words it matched, for
 * keeping the question's multi-word names together, and for standing early in its article.
 * The weights come from {@link RankingSettings}.
 */
final class SentenceScorer {

  /**
   * A rescored sentence: its final score, the share of question concepts it covers, highlights, and the analysis
   * of its text that the scoring read, carried along so later stages need not look it up again (null when the
   * score was not made here).
   */
  record Scored(double score, double coverage, List<int[]> highlights, Analyses.Analysis analysis) {

    Scored(double score, double coverage, List<int[]> highlights) {
      this(score, coverage, highlights, null);
    }

    /** This with another score. */
    Scored withScore(double other) {
      return new Scored(other, coverage, highlights, analysis);
    }
  }

  static final int TYPE_WINDOW = 8;

  private final Analyses analyses;
  private final RankingSettings settings;

  SentenceScorer(Analyzer analyzer, RankingSettings settings) {
    this(new Analyses(analyzer, Analyses.CAPACITY), settings);
  }

  /** A scorer that keeps the analyses of the texts it scores in {@code analyses}, for the next ask. */
  SentenceScorer(Analyses analyses, RankingSettings settings) {
    this.analyses = analyses;
    this.settings = settings;
  }

  /** Scores sentence {@code n} (1-based position in its article) that Lucene scored {@code luceneScore}. */
  Scored score(QueryPlan plan, String text, double luceneScore, int n) {
    Analyses.Analysis analysis = analyses.of(text);
    List<Terms.Token> tokens = analysis.tokens();
    int[] matched = plan.matched(analysis);
    Set<String> concepts = new HashSet<>();
    double covered = 0;
    List<int[]> highlights = new ArrayList<>(matched.length);
    int[] matchedPositions = new int[matched.length];
    for (int i = 0; i < matched.length; i++) {
      Terms.Token token = tokens.get(matched[i]);
      QueryPlan.Concept concept = plan.conceptOf(token.term());
      highlights.add(new int[] {token.start(), token.end()});
      matchedPositions[i] = token.position();
      if (concepts.add(concept.term())) {
        covered += concept.weight();
      }
    }
    double coverage = plan.terms().isEmpty() ? 0 : covered / plan.terms().size();
    double typeBonus = typeProximity(plan.answerType(), analysis, matchedPositions);
    double score = luceneScore * (1 + settings.coverageWeight() * coverage)
        + settings.typeWeight() * typeBonus
        + settings.phraseWeight() * Phrases.share(plan, tokens, matched)
        + settings.positionWeight() / Math.sqrt(Math.max(1, n));
    // tokens of one analysis come in order and never overlap, so the ranges are ready as they are
    return new Scored(score, coverage, highlights, analysis);
  }

  /**
   * 1 when a word of the answer type sits next to a matched word, falling to 0 at the window's edge. The typed
   * words of the text are kept with its analysis, so only the distances are worked out per ask.
   */
  private static double typeProximity(AnswerType type, Analyses.Analysis analysis, int[] matched) {
    if (type == AnswerType.NONE || matched.length == 0) {
      return 0;
    }
    double best = 0;
    for (int typed : analysis.typed(type)) {
      if (contains(matched, typed)) {
        continue;
      }
      for (int position : matched) {
        int distance = Math.abs(position - typed);
        best = Math.max(best, 1.0 - (double) distance / TYPE_WINDOW);
      }
    }
    return best;
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }
}
