package com.verbatim.index;

import java.util.List;

/** One unique sentence found by a search, with its Lucene score and every place it appears. */
public record Hit(String key, String text, float score, List<Occurrence> occurrences) {

  public Hit {
    occurrences = List.copyOf(occurrences);
  }
}
