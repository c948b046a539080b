package com.verbatim.semantic;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The vectors of recent questions, so a question asked again (or reloaded) costs no model run. Keyed by the
 * question with case and runs of white space folded; holds at most {@code capacity} entries and forgets
 * the least recently used first. Thread-safe; the model runs outside the lock, so two threads asking the
 * same new question at once may both compute it.
 */
public final class QuestionVectors {

  /** Entries kept by the product: 10,000 vectors of 384 floats, about 16 MB. */
  public static final int CAPACITY = 10_000;

  private final Function<String, float[]> embed;
  private final Map<String, float[]> cache;

  /** A cache in front of {@code embed} (question -> vector), at most {@code capacity} entries. */
  public QuestionVectors(Function<String, float[]> embed, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
    }
    this.embed = embed;
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The vector of {@code question}, from the cache or computed and remembered. */
  public float[] vector(String question) {
    String key = key(question);
    synchronized (cache) {
      float[] known = cache.get(key);
      if (known != null) {
        return known;
      }
    }
    float[] vector = embed.apply(key);
    synchronized (cache) {
      cache.put(key, vector);
    }
    return vector;
  }

  /** How many vectors are held. */
  public int size() {
    synchronized (cache) {
      return cache.size();
    }
  }

  /** The cache key: lower case, white space collapsed and trimmed. */
  static String key(String question) {
    return question.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
