package com.verbatim.index;

import com.verbatim.index.Reranker.Ranked;
import com.verbatim.model.Answer;
import com.verbatim.model.Answer.Quote;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.Ask;
import com.verbatim.model.Citation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers an {@link Ask} from the index: Lucene finds candidate sentences, {@link SentenceScorer}
 * reranks them, sentences below the relevance bar are dropped, and each survivor gets a citation
 * to the article that carries it (one in scope, when the ask has a scope) plus the others. Near-duplicate
 * sentences show once: {@link ClusterCollapser} keeps the best of each cluster and cites the rest.
 */
public final class AnswerFinder {

  /**
   * A sentence must cover more than half of the question's concepts to be shown. Calibrated on WikiQA dev
   * (README, "Ranking"): the bar where the share of answerable questions kept and of unanswerable questions
   * abstained on are closest (71% / 58%), and the first sentence shown is right more often than at 0.5.
   */
  static final double MIN_COVERAGE = 0.51;

  private final SentenceIndex index;
  private final Synonyms synonyms;
  private final RankingSettings settings;
  private final Reranker reranker;
  private final ClusterCollapser collapser;
  private final Semantic semantic;

  /** Ranks by words alone. */
  public AnswerFinder(SentenceIndex index) {
    this(index, null);
  }

  /** Ranks by words and, when {@code semantic} is not null, by the meaning of the whole sentence too. */
  public AnswerFinder(SentenceIndex index, Semantic semantic) {
    this.index = index;
    this.settings = Ranking.SETTINGS;
    this.synonyms = new Synonyms(index.analyzer());
    this.reranker = new Reranker(new SentenceScorer(index.analyzer(), settings), settings.semanticWeight());
    this.collapser = new ClusterCollapser(index);
    this.semantic = semantic;
  }

  public Answer answer(Ask ask) throws IOException {
    long started = System.nanoTime();
    QueryPlan plan = QueryPlan.of(ask.question(), index.analyzer(), synonyms, settings.synonymWeight());
    List<Quote> quotes = plan.isEmpty() ? List.of() : quotes(ask, plan);
    return new Answer(ask.id(), quotes, (System.nanoTime() - started) / 1e6);
  }

  private List<Quote> quotes(Ask ask, QueryPlan plan) throws IOException {
    Set<String> scope = new LinkedHashSet<>(ask.articleIds());
    List<Hit> hits = index.search(plan.query(scope), Math.max(Ranking.CANDIDATES, ask.limit() * 5));
    boolean semantics = semantic != null && settings.semanticWeight() != 0 && !hits.isEmpty();
    double[] cosines = semantics ? semantic.cosines(ask.question(), hits) : null;
    List<Ranked> ranked = reranker.rank(plan, hits, scope, cosines).stream()
        .filter(r -> r.scored().coverage() >= MIN_COVERAGE)
        .toList();
    ranked = collapser.collapse(ranked, ask.limit());
    Set<String> articleIds = new HashSet<>();
    ranked.forEach(r -> r.hit().occurrences().forEach(o -> articleIds.add(o.articleId())));
    Map<String, ArticleMeta> metas = index.metas(articleIds);
    List<Quote> quotes = new ArrayList<>(ranked.size());
    for (Ranked r : ranked) {
      Occurrence primary = r.hit().occurrences().stream()
          .filter(o -> scope.isEmpty() || scope.contains(o.articleId()))
          .filter(o -> metas.containsKey(o.articleId()))
          .findFirst().orElse(null);
      if (primary == null) {
        continue; // carried only by an article deleted since the search started
      }
      List<Citation> alsoIn = r.hit().occurrences().stream()
          .filter(o -> o != primary && metas.containsKey(o.articleId()))
          .map(o -> new Citation(0, metas.get(o.articleId()), o.n()))
          .toList();
      Citation citation = new Citation(quotes.size() + 1, metas.get(primary.articleId()), primary.n());
      quotes.add(new Quote(r.hit().text(), r.scored().score(), r.scored().highlights(), citation, alsoIn));
    }
    return quotes;
  }
}
