package com.verbatim.eval.wikiqa;

import com.verbatim.index.Ranking;
import java.util.List;

/**
 * The rankers {@link WikiQaEval} can run, by name.
 *
 * <p>To evaluate the product's own ranking, add a case here that adapts it to {@link CandidateRanker}
 * (for example {@code "product"}) and list the name in {@link #NAMES}.
 */
public final class Rankers {

  /** The names {@link #byName(String)} accepts. */
  public static final List<String> NAMES = List.of("baseline", "product", "semantic", "semantic-float",
      "semantic-knn");

  private Rankers() {
  }

  /** The ranker called {@code name}; throws {@link IllegalArgumentException} for an unknown name. */
  public static CandidateRanker byName(String name) {
    return switch (name) {
      case "baseline" -> new LuceneBm25Baseline();
      case "product" -> new ProductRanker();
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
