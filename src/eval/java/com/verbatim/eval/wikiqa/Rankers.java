package com.verbatim.eval.wikiqa;

import com.verbatim.index.LearnedAnswers;
import com.verbatim.index.Ranking;
import com.verbatim.index.Semantic;
import java.util.List;

/**
 * The rankers {@link WikiQaEval} and {@code TrecQaEval} can run, by name.
 *
 * <p>{@code baseline} is plain Lucene BM25 ({@link LuceneBm25Baseline}), {@code product} the product's ranking of
 * every candidate ({@link ProductRanker}), {@code api} the product's answer as the API returns it, relevance bar
 * and collapsing included ({@link ApiRanker}). A new ranker gets a case here and its name in {@link #NAMES}.
 */
public final class Rankers {

  /** The names {@link #byName(String)} accepts. */
  public static final List<String> NAMES = List.of("baseline", "product", "api", "semantic", "semantic-float",
      "semantic-knn", "api-semantic", "api-learned");

  private Rankers() {
  }

  /** The ranker called {@code name}; throws {@link IllegalArgumentException} for an unknown name. */
  public static CandidateRanker byName(String name) {
    return switch (name) {
      case "baseline" -> new LuceneBm25Baseline();
      case "product" -> new ProductRanker();
      case "api" -> new ApiRanker();
      case "api-semantic" -> new ApiRanker(new SemanticRanker(Ranking.SETTINGS, false, false).semantic());
      // the same with the learned article stage (com.verbatim.index.AnswerModel), not the product's default
      case "api-learned" -> {
        Semantic semantic = new SemanticRanker(Ranking.SETTINGS, false, false).semantic();
        yield new ApiRanker(index -> LearnedAnswers.finder(index, semantic));
      }
      // the product with semantic ranking on: product score + semanticWeight * cosine, vectors stored as bytes
      case "semantic" -> new SemanticRanker(Ranking.SETTINGS, false, false);
      // the same with vectors kept as floats, to measure what storing them as bytes costs
      case "semantic-float" -> new SemanticRanker(Ranking.SETTINGS, true, false);
      // every candidate, not only Lucene's, as a vector search would add them (not what the product does)
      case "semantic-knn" -> new SemanticRanker(Ranking.SETTINGS, false, true);
      default -> throw new IllegalArgumentException("unknown ranker '" + name + "', expected one of " + NAMES);
    };
  }
}
