package com.verbatim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Shows one sentence per near-duplicate cluster: keeps the best-ranked hit of each cluster and
 * widens its occurrences with those of every other sentence of the cluster, its own occurrences
 * first, so the citation quotes the shown sentence and {@code alsoIn} lists every other carrier.
 */
final class ClusterCollapser {

  private final SentenceIndex index;

  ClusterCollapser(SentenceIndex index) {
    this.index = index;
  }

  /**
   * The first {@code limit} items of {@code ranked} (best first) whose clusters have not been seen,
   * each with its hit widened to the whole cluster.
   */
  <T> List<T> collapse(List<T> ranked, Function<T, Hit> hitOf, BiFunction<T, Hit, T> withHit, int limit)
      throws IOException {
    Set<String> seen = new HashSet<>();
    List<T> out = new ArrayList<>();
    for (T item : ranked) {
      if (out.size() >= limit) {
        break;
      }
      Hit hit = hitOf.apply(item);
      if (seen.add(hit.cluster())) {
        out.add(withHit.apply(item, widen(hit)));
      }
    }
    return out;
  }

  private Hit widen(Hit hit) throws IOException {
    List<Occurrence> occurrences = new ArrayList<>(hit.occurrences());
    for (Hit sibling : index.cluster(hit.cluster())) {
      if (!sibling.key().equals(hit.key())) {
        occurrences.addAll(sibling.occurrences());
      }
    }
    return new Hit(hit.key(), hit.text(), hit.score(), occurrences, hit.cluster());
  }
}
