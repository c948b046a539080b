package com.verbatim.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Finds the question's multi-word names in a sentence: two question concepts that follow each other in
 * the question and stand next to each other in the sentence ("Wang Yi", "State Department"). A stop word
 * in between ("Secretary of State") still counts, because the analyzer keeps its position as a gap.
 */
final class Phrases {

  /** Largest position step between two words of one phrase: adjacent, or one stop word apart. */
  static final int MAX_GAP = 2;

  private Phrases() {
  }

  /**
   * The share of the question's adjacent concept pairs that stand together in the sentence, 0 to 1; {@code places}
   * are the places of the sentence's tokens that stand for a question term ({@link QueryPlan#matched}).
   */
  static double share(QueryPlan plan, List<Terms.Token> sentence, int[] places) {
    List<String> terms = plan.terms();
    if (terms.size() < 2 || places.length < 2) {
      return 0;
    }
    Map<String, Set<Integer>> positions = new HashMap<>();
    for (int place : places) {
      Terms.Token token = sentence.get(place);
      String concept = plan.concept(token.term());
      if (concept != null) {
        positions.computeIfAbsent(concept, c -> new HashSet<>()).add(token.position());
      }
    }
    int found = 0;
    for (int i = 0; i + 1 < terms.size(); i++) {
      if (together(positions.get(terms.get(i)), positions.get(terms.get(i + 1)))) {
        found++;
      }
    }
    return (double) found / (terms.size() - 1);
  }

  private static boolean together(Set<Integer> first, Set<Integer> second) {
    if (first == null || second == null) {
      return false;
    }
    for (int p : first) {
      for (int gap = 1; gap <= MAX_GAP; gap++) {
        if (second.contains(p + gap)) {
          return true;
        }
      }
    }
    return false;
  }
}
