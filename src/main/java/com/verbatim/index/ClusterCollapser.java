package com.verbatim.index;

import com.verbatim.index.Reranker.Ranked;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shows one sentence per near-duplicate cluster: keeps the best-ranked hit of each cluster and
 * widens its occurrences with those of every other sentence of the cluster, its own occurrences
 * first, so the citation quotes the shown sentence and {@code alsoIn} lists every other carrier.
 */
final class ClusterCollapser {

  /**
   * The first {@code limit} sentences of {@code ranked} (best first) whose clusters have not been
   * seen, each with its hit widened to the whole cluster.
   */
  List<Ranked> collapse(List<Ranked> ranked, int limit, Snapshot snapshot) throws IOException {
    Set<String> seen = new HashSet<>();
    List<Ranked> out = new ArrayList<>();
    for (Ranked r : ranked) {
      if (out.size() >= limit) {
        break;
      }
      if (seen.add(r.hit().cluster())) {
        out.add(new Ranked(widen(r.hit(), snapshot), r.n(), r.scored(), r.cosine()));
      }
    }
    return out;
  }

  private static Hit widen(Hit hit, Snapshot snapshot) throws IOException {
    List<Occurrence> occurrences = new ArrayList<>(hit.occurrences());
    for (Hit sibling : snapshot.siblings(hit)) {
      occurrences.addAll(sibling.occurrences());
    }
    return new Hit(hit.key(), hit.text(), hit.score(), occurrences, hit.cluster());
  }
}
