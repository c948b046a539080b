package com.verbatim.index;

import java.util.List;

/**
 * One unique sentence found by a search, with its Lucene score, every place it appears, and the
 * near-duplicate cluster it belongs to.
 */
public record Hit(String key, String text, float score, List<Occurrence> occurrences, String cluster) {

  public Hit {
    occurrences = List.copyOf(occurrences);
    cluster = cluster == null ? key : cluster;
  }

  /** A hit that is its own cluster. */
  public Hit(String key, String text, float score, List<Occurrence> occurrences) {
    this(key, text, score, occurrences, key);
  }
}
