package com.verbatim.index;

import com.verbatim.index.Reranker.Ranked;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitArticle.SplitSentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Ranks the sentences of one document for a question with exactly the product's code path: a
 * {@link SentenceIndex} in memory holding the sentences as one article (in order, repeats kept apart),
 * the same {@link QueryPlan}, Lucene query, {@link SentenceScorer} and {@link Reranker}. Meant for
 * offline evaluation (answer-sentence selection benchmarks), where every candidate needs a score.
 */
public final class CandidateRanking {

  /** The id of the one article that {@link #asArticle(List)} makes of the candidates. */
  public static final String ARTICLE_ID = "candidates";

  /** The score of a sentence that matches no word of the question: below every matching sentence. */
  public static final double NO_MATCH = -1.0;

  /** One candidate's result: its score and the share of the question's concepts it covers. */
  public record Scored(double score, double coverage) {
  }

  private final RankingSettings settings;
  private final NewsAnalyzer analyzer;
  private final Synonyms synonyms;

  public CandidateRanking(RankingSettings settings) {
    this.settings = settings;
    this.analyzer = new NewsAnalyzer(settings.lemmas());
    this.synonyms = new Synonyms(analyzer);
  }

  /** One result per sentence, in the order of {@code sentences}; {@link #NO_MATCH} for sentences that match nothing. */
  public List<Scored> score(String question, List<String> sentences) {
    return score(question, sentences, null, false);
  }

  /**
   * As {@link #score(String, List)}, with the product's semantic hook: each sentence Lucene found gains
   * {@link RankingSettings#semanticWeight()} times the cosine {@code semantic} gives it. With
   * {@code allCandidates}, the sentences Lucene did not find join too, with a Lucene score of 0, as nearest
   * neighbours from a vector search would (an experiment: the product takes Lucene's candidates only).
   * The hits handed to {@code semantic} carry their 1-based position in {@code sentences} as occurrence n.
   */
  public List<Scored> score(String question, List<String> sentences, Semantic semantic, boolean allCandidates) {
    Scored[] out = new Scored[sentences.size()];
    Arrays.fill(out, new Scored(NO_MATCH, 0));
    QueryPlan plan = QueryPlan.of(question, analyzer, synonyms, settings.synonymWeight());
    if (plan.isEmpty() || sentences.isEmpty()) {
      return List.of(out);
    }
    try (SentenceIndex index = new SentenceIndex(new ByteBuffersDirectory(), analyzer, settings.similarity())) {
      index.store(asArticle(sentences));
      Reranker reranker = new Reranker(new SentenceScorer(analyzer, settings), settings.semanticWeight());
      List<Hit> hits = new ArrayList<>(index.search(plan.query(Set.of()), sentences.size()));
      if (allCandidates) {
        Set<Integer> found = new HashSet<>();
        hits.forEach(h -> found.add(h.occurrences().get(0).n()));
        for (int n = 1; n <= sentences.size(); n++) {
          if (!found.contains(n)) {
            hits.add(new Hit("candidate-" + (n - 1), sentences.get(n - 1), 0f, List.of(new Occurrence("candidates", n))));
          }
        }
      }
      double[] cosines = semantic == null || hits.isEmpty() ? null : semantic.cosines(question, hits);
      for (Ranked r : reranker.rank(plan, hits, Set.of(), cosines)) {
        out[r.n() - 1] = new Scored(r.scored().score(), r.scored().coverage());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
    return List.of(out);
  }

  /**
   * The sentences as one article, {@link #ARTICLE_ID}, without going through the splitter: keyed by position,
   * so repeats stay apart and sentence n (1-based) is stored as occurrence n of the article.
   */
  public static SplitArticle asArticle(List<String> sentences) {
    return asArticle(null, sentences);
  }

  /** As {@link #asArticle(List)}, under this title (null: the article's id stands in, as for TrecQA). */
  public static SplitArticle asArticle(String title, List<String> sentences) {
    List<SplitSentence> split = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      split.add(new SplitSentence(sentences.get(i), "candidate-" + i));
    }
    return new SplitArticle(new ArticleMeta(ARTICLE_ID, title != null ? title : ARTICLE_ID, null, null, null), ARTICLE_ID,
        split, 0);
  }
}
