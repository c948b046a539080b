package com.verbatim.index;

import com.verbatim.answer.QuestionKind;
import com.verbatim.index.InContext.Candidate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the learned answer model ({@link AnswerModel}) reads off a sentence judged in its article: the scores
 * the ranking already computes (lexical rescore, cosine, question rarity covered in context), whether it holds
 * the kind of answer asked for and how near the question's words, and where it stands (its place in the
 * article, its article's rank). Each value comes from the inputs the article stage already has; nothing is
 * read from the index here.
 */
final class CandidateFeatures {

  /** The features' names, in the order of {@link #of}'s array; the model file names its weights by them. */
  static final List<String> NAMES = List.of("score", "cosine", "context", "articleContext", "ownRarity", "coverage",
      "rarestOwn", "tightFocus", "looseFocus", "tightMissing", "looseMissing", "position", "lead", "topArticle",
      "articleRank", "found", "length", "rareMissing", "semanticLow", "barred", "hand");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private CandidateFeatures() {
  }

  /**
   * The features of {@code c} for a question of {@code kind}: {@code articleContext} is the best context share
   * of its article's sentences, {@code articleRank} its article's rank (1 = best), {@code meanCosine} what a
   * sentence still waiting for its vector counts as, and {@code nearness} how near its answer span stands to
   * the question's words (0 without a span). The candidate's score is the hand-set combination's.
   */
  static double[] of(QuestionKind kind, Candidate c, double articleContext, int articleRank, double meanCosine,
      double nearness) {
    Reranker.Ranked r = c.ranked();
    boolean typed = !c.focus().isEmpty();
    boolean tight = switch (kind) {
      case HOW_OLD, HOW_LONG, HOW_MUCH, HOW_MANY, WHY -> true;
      default -> false;
    };
    boolean loose = kind == QuestionKind.WHO || kind == QuestionKind.WHERE || kind == QuestionKind.WHEN;
    int n = Math.max(1, r.n());
    int words = SPACES.split(r.hit().text()).length;
    return new double[] {
        r.scored().score() / 10,
        Double.isNaN(r.cosine()) ? meanCosine : r.cosine(),
        c.coverage(),
        articleContext,
        c.own(),
        r.scored().coverage(),
        c.evidence().rarestOwn() ? 1 : 0,
        tight && typed ? nearness : 0,
        loose && typed ? nearness : 0,
        tight && !typed ? 1 : 0,
        (kind == QuestionKind.WHO || kind == QuestionKind.WHERE) && !typed ? 1 : 0,
        1 / Math.sqrt(n),
        n == 1 ? 1 : 0,
        articleRank == 1 ? 1 : 0,
        1.0 / articleRank,
        r.hit().score() > 0 ? 1 : 0,
        Math.log(1 + words) / 4,
        c.evidence().rareMissing() ? 1 : 0,
        c.evidence().semanticLow() ? 1 : 0,
        c.evidence().barred() ? 1 : 0,
        c.score() / 50,
    };
  }
}
