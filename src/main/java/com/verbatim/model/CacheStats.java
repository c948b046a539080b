package com.verbatim.model;

import io.vertx.core.json.JsonObject;

/**
 * How a cache has served: lookups that found an entry ({@code hits}) and those that did not, entries held
 * and the most it holds.
 */
public record CacheStats(long hits, long misses, int size, int capacity) {

  /** Hits over lookups; 0 before the first lookup. */
  public double hitRatio() {
    long lookups = hits + misses;
    return lookups == 0 ? 0 : (double) hits / lookups;
  }

  public JsonObject toJson() {
    return new JsonObject().put("hits", hits).put("misses", misses)
        .put("hitRatio", Math.round(hitRatio() * 10_000) / 10_000.0).put("size", size).put("capacity", capacity);
  }

  public static CacheStats fromJson(JsonObject json) {
    return new CacheStats(json.getLong("hits"), json.getLong("misses"), json.getInteger("size"),
        json.getInteger("capacity"));
  }
}
