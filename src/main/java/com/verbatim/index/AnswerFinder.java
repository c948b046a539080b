package com.verbatim.index;

import com.verbatim.answer.FollowUp;
import com.verbatim.index.Reranker.Ranked;
import com.verbatim.index.SentenceIndex.StoredArticle;
import com.verbatim.model.Answer;
import com.verbatim.model.Answer.Quote;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.Ask;
import com.verbatim.model.Citation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers an {@link Ask} from the index: Lucene finds candidate sentences, {@link SentenceScorer}
 * reranks them, sentences below the relevance bar are dropped, and each survivor gets a citation
 * to the article that carries it (one in scope, when the ask has a scope) plus the others. Near-duplicate
 * sentences show once: {@link ClusterCollapser} keeps the best of each cluster and cites the rest.
 */
public final class AnswerFinder {

  /** How many candidates past {@code limit} get their sentence documents read before collapsing near-twins. */
  private static final int RESOLVE_FACTOR = 4;

  private final SentenceIndex index;
  private final Synonyms synonyms;
  private final WordTerms words;
  private final RankingSettings settings;
  private final Reranker reranker;
  private final ClusterCollapser collapser;
  private final InContext inContext;
  private final Semantic semantic;

  /** Ranks by words alone. */
  public AnswerFinder(SentenceIndex index) {
    this(index, null);
  }

  /** Ranks by words and, when {@code semantic} is not null, by the meaning of the whole sentence too. */
  public AnswerFinder(SentenceIndex index, Semantic semantic) {
    this(index, semantic, Ranking.CONTEXT);
  }

  AnswerFinder(SentenceIndex index, Semantic semantic, ContextSettings context) {
    this(index, semantic, context, Ranking.SETTINGS);
  }

  /** With other settings than the product's, for tuning. */
  AnswerFinder(SentenceIndex index, Semantic semantic, ContextSettings context, RankingSettings settings) {
    this.index = index;
    this.settings = settings;
    this.synonyms = new Synonyms(index.analyzer());
    this.words = new WordTerms(index.analyzer(), WordTerms.CAPACITY);
    Analyses analyses = new Analyses(index.analyzer(), Analyses.CAPACITY);
    SentenceScorer scorer = new SentenceScorer(analyses, settings);
    this.reranker = new Reranker(scorer, settings.semanticWeight());
    this.collapser = new ClusterCollapser();
    this.semantic = semantic;
    this.inContext = new InContext(analyses, context);
  }

  public Answer answer(Ask ask) throws IOException {
    long started = System.nanoTime();
    String question = FollowUp.resolve(ask.question(), ask.context());
    QueryPlan plan = QueryPlan.of(question, index.analyzer(), words, synonyms, settings.synonymWeight());
    List<Quote> quotes = List.of();
    if (!plan.isEmpty()) {
      try (Snapshot snapshot = index.snapshot()) {
        quotes = quotes(ask, question, plan, snapshot);
      }
    }
    return new Answer(ask.id(), quotes, (System.nanoTime() - started) / 1e6);
  }

  private List<Quote> quotes(Ask ask, String question, QueryPlan plan, Snapshot snapshot) throws IOException {
    Set<String> scope = new LinkedHashSet<>(ask.articleIds());
    TermRarity rarity = snapshot.rarity(plan.terms());
    if (namesUnseen(plan, rarity, scope, snapshot)) {
      return List.of(); // the question names something the corpus never mentions: it cannot answer
    }
    List<Hit> hits = snapshot.search(plan.query(scope, snapshot.termStates(plan.searched())),
        Math.max(Ranking.CANDIDATES, ask.limit() * 5));
    List<Ranked> found = reranker.rank(plan, hits, scope);
    Map<String, StoredArticle> articles = inContext.articles(found, scope, snapshot);
    List<Hit> joined = inContext.expansion(found, scope, articles);
    List<Ranked> all = new ArrayList<>(found);
    all.addAll(reranker.rank(plan, joined, scope));
    boolean semantics = semantic != null && settings.semanticWeight() != 0 && !all.isEmpty();
    double[] cosines = semantics ? semantic.cosines(question, all.stream().map(Ranked::hit).toList()) : null;
    List<Ranked> ranked = reranker.withSemantic(all, cosines);
    List<InContext.Candidate> candidates = inContext.rank(plan, question, rarity, ranked, scope, articles);
    Map<String, List<int[]>> focus = new HashMap<>();
    candidates.forEach(c -> focus.putIfAbsent(c.ranked().hit().key(), c.focus()));
    Set<String> joinedKeys = joined.stream().map(Hit::key).collect(Collectors.toSet());
    ranked = collapser.collapse(resolved(candidates, joinedKeys, ask.limit(), snapshot), ask.limit(), snapshot);
    Set<String> articleIds = new HashSet<>();
    ranked.forEach(r -> r.hit().occurrences().forEach(o -> articleIds.add(o.articleId())));
    Map<String, ArticleMeta> metas = snapshot.metas(articleIds);
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
      quotes.add(new Quote(r.hit().text(), r.scored().score(), r.scored().highlights(),
          focus.getOrDefault(r.hit().key(), List.of()), citation, alsoIn));
    }
    return quotes;
  }

  /**
   * Whether a name of the question is in no sentence and, for a scoped ask, in no title of the articles in scope
   * (an article about "Zach Thomas" may call him "Thomas" in every sentence).
   */
  private boolean namesUnseen(QueryPlan plan, TermRarity rarity, Set<String> scope, Snapshot snapshot)
      throws IOException {
    List<String> unseen = plan.names().stream().filter(rarity::unseen).toList();
    if (unseen.isEmpty()) {
      return false;
    }
    if (scope.isEmpty()) {
      return true;
    }
    Set<String> titles = new HashSet<>();
    for (StoredArticle article : snapshot.storedArticles(scope).values()) {
      if (article.meta().title() != null) {
        titles.addAll(Terms.analyze(index.analyzer(), article.meta().title()));
      }
    }
    return !titles.containsAll(unseen);
  }

  /**
   * The best candidates as ranked hits with their full sentence documents: sentences that joined from
   * their article's other sentences ({@code joinedKeys}) carry only that article until their document is read.
   */
  private List<Ranked> resolved(List<InContext.Candidate> candidates, Set<String> joinedKeys, int limit,
      Snapshot snapshot) throws IOException {
    List<InContext.Candidate> best = candidates.stream().limit((long) limit * RESOLVE_FACTOR).toList();
    List<String> unread = best.stream().map(c -> c.ranked().hit().key()).filter(joinedKeys::contains).toList();
    Map<String, Hit> read = new HashMap<>();
    snapshot.sentences(unread).forEach(h -> read.put(h.key(), h));
    List<Ranked> out = new ArrayList<>(best.size());
    for (InContext.Candidate c : best) {
      Ranked r = c.ranked();
      Hit hit = read.getOrDefault(r.hit().key(), r.hit());
      out.add(new Ranked(hit, r.n(), r.scored().withScore(c.score()), r.cosine()));
    }
    return out;
  }
}
