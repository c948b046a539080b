package com.verbatim.eval.wikiqa;

import com.verbatim.index.AnswerFinder;
import com.verbatim.index.CandidateRanking;
import com.verbatim.index.Semantic;
import com.verbatim.index.SentenceIndex;
import com.verbatim.model.Answer;
import com.verbatim.model.Ask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The product's answer as the API returns it, as a {@link CandidateRanker}. A question's candidates are stored
 * as one article ({@link CandidateRanking#asArticle}) in a fresh in-memory {@link SentenceIndex} with the
 * product's analyzer, ranking and near-duplicate clusters; an {@link Ask} scoped to that article, with one
 * place per candidate (at most {@link Ask#MAX_LIMIT}), goes to {@link AnswerFinder#answer}. So, unlike
 * {@link ProductRanker}, the relevance bar and near-duplicate collapsing apply.
 *
 * <p>Candidates rank in the answer's order, each twin folded into a quote right after it; candidates not
 * returned rank last in candidate order (see {@link ReturnedCandidates#scores()}). The ranker counts what the
 * answers did, for {@link #notes()}.
 */
public final class ApiRanker implements CandidateRanker {

  private final Function<SentenceIndex, AnswerFinder> finders;
  private int questions;
  private int answered;
  private int candidates;
  private int quoted;
  private int folded;
  private int overLimit;
  private int fullAtLimit;

  /** The product with semantic ranking off. */
  public ApiRanker() {
    this((Semantic) null);
  }

  /** The product with semantic ranking by {@code semantic} (null: off). */
  public ApiRanker(Semantic semantic) {
    this(index -> new AnswerFinder(index, semantic));
  }

  /** The answer finder {@code finders} makes for each question's index (other settings, for tuning). */
  public ApiRanker(Function<SentenceIndex, AnswerFinder> finders) {
    this.finders = finders;
  }

  @Override
  public double[] scores(String question, List<String> candidates) {
    return answer(question, candidates).scores();
  }

  @Override
  public double[] scores(String question, String title, List<String> candidates) {
    return answer(question, title, candidates).scores();
  }

  /** What the API returns for {@code question} over {@code candidates}, by candidate index. */
  public ReturnedCandidates answer(String question, List<String> candidates) {
    return answer(question, null, candidates);
  }

  /** As {@link #answer(String, List)}, the candidates stored as one article with this title (null: none). */
  public ReturnedCandidates answer(String question, String title, List<String> candidates) {
    int limit = Math.max(1, Math.min(candidates.size(), Ask.MAX_LIMIT));
    ReturnedCandidates returned;
    if (candidates.isEmpty()) {
      returned = new ReturnedCandidates(0, limit, List.of());
    } else {
      try (SentenceIndex index = SentenceIndex.inMemory()) {
        index.store(CandidateRanking.asArticle(title, candidates));
        Ask ask = new Ask(null, question, limit, List.of(CandidateRanking.ARTICLE_ID));
        Answer answer = finders.apply(index).answer(ask);
        returned = ReturnedCandidates.of(answer, CandidateRanking.ARTICLE_ID, candidates.size(), limit);
      } catch (IOException e) {
        throw new UncheckedIOException("in-memory index failed", e);
      }
    }
    count(returned);
    return returned;
  }

  private void count(ReturnedCandidates returned) {
    questions++;
    answered += returned.quotes().isEmpty() ? 0 : 1;
    candidates += returned.candidates();
    quoted += returned.quotes().size();
    folded += returned.folded();
    if (returned.candidates() > returned.limit()) {
      overLimit++;
      fullAtLimit += returned.full() ? 1 : 0;
    }
  }

  /** What the answers so far did: answered or abstained, quotes, folded twins, questions over the limit. */
  @Override
  public String notes() {
    String notes = String.format(Locale.ROOT, "api: %d of %d questions answered (%d abstained); of %d candidates,"
        + " %d quoted, %d folded into a quote as near-duplicate twins, %d not returned", answered, questions,
        questions - answered, candidates, quoted, folded, candidates - quoted - folded);
    if (overLimit == 0) {
      return notes;
    }
    return notes + String.format(Locale.ROOT, "; %d questions have more candidates than the limit of %d, %d of them"
        + " got all %d quotes (only there can the limit, not the bar, have left a candidate out)", overLimit,
        Ask.MAX_LIMIT, fullAtLimit, Ask.MAX_LIMIT);
  }
}
