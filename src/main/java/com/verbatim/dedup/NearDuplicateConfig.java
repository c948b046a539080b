package com.verbatim.dedup;

import com.verbatim.config.ConfigLoader;
import com.verbatim.config.Section;
import io.vertx.core.json.JsonObject;

/**
 * The {@code dedup} section of the configuration: how alike two sentences must be to count as
 * one (near-duplicates), and the MinHash banding that finds candidates.
 *
 * @param similarity    minimum Dice similarity of the two word sequences (2 * common / total), 0..1
 * @param bands         MinHash bands; a pair sharing any band is a candidate
 * @param rows          MinHash values per band; more rows, fewer and closer candidates
 * @param minWords      sentences shorter than this are only merged when exactly equal
 * @param maxCandidates candidates checked per new sentence
 */
public record NearDuplicateConfig(double similarity, int bands, int rows, int minWords, int maxCandidates) {

  public NearDuplicateConfig {
    if (similarity <= 0 || similarity > 1) {
      throw new IllegalArgumentException("dedup.similarity must be in (0, 1]: " + similarity);
    }
    if (bands < 1 || rows < 1 || minWords < 1 || maxCandidates < 1) {
      throw new IllegalArgumentException("dedup.bands, rows, minWords and maxCandidates must be positive");
    }
  }

  public static NearDuplicateConfig fromJson(JsonObject json) {
    Section s = new Section("dedup", json);
    return new NearDuplicateConfig(s.decimal("similarity"), s.integer("bands"), s.integer("rows"),
        s.integer("minWords"), s.integer("maxCandidates"));
  }

  /** The shipped defaults ({@code conf/config.json}). */
  public static NearDuplicateConfig defaults() {
    return fromJson(ConfigLoader.defaults("dedup"));
  }
}
