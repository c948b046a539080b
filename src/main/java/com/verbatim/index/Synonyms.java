package com.verbatim.index;

import com.verbatim.config.WordLists;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** Groups of plain synonyms, keyed by analyzed term, so "talks" finds "meet" and back. */
final class Synonyms {

  private final Map<String, Set<String>> byTerm = new HashMap<>();

  Synonyms(Analyzer analyzer) {
    for (String line : WordLists.lines("/index/synonyms.txt")) {
      Set<String> group = new LinkedHashSet<>();
      for (String phrase : line.split(",")) {
        List<String> terms = Terms.analyze(analyzer, phrase);
        if (terms.size() == 1) {
          group.add(terms.get(0)); // multi-word entries would need phrase matching; single terms only
        }
      }
      for (String term : group) {
        byTerm.computeIfAbsent(term, t -> new LinkedHashSet<>()).addAll(group);
      }
    }
    byTerm.forEach((term, group) -> group.remove(term));
  }

  /** The other terms of every group that holds {@code term}. */
  Set<String> of(String term) {
    return byTerm.getOrDefault(term, Set.of());
  }
}
