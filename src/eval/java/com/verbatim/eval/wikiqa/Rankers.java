package com.verbatim.eval.wikiqa;

import java.util.List;

/**
 * The rankers {@link WikiQaEval} can run, by name.
 *
 * <p>To evaluate the product's own ranking, add a case here that adapts it to {@link CandidateRanker}
 * (for example {@code "product"}) and list the name in {@link #NAMES}.
 */
public final class Rankers {

  /** The names {@link #byName(String)} accepts. */
  public static final List<String> NAMES = List.of("baseline", "product");

  private Rankers() {
  }

  /** The ranker called {@code name}; throws {@link IllegalArgumentException} for an unknown name. */
  public static CandidateRanker byName(String name) {
    return switch (name) {
      case "baseline" -> new LuceneBm25Baseline();
      case "product" -> new ProductRanker();
      default -> throw new IllegalArgumentException("unknown ranker '" + name + "', expected one of " + NAMES);
    };
  }
}
