package com.verbatim.semantic;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The vectors of recent questions, so a question asked again (or reloaded) costs no model run. Keyed by the
 * question with case and runs of white space folded; holds at most {@code capacity} entries and forgets
 * the least recently used first. Thread-safe; the model runs outside the lock, and two threads asking the
 * same new question at once share one computation: the second waits for the first one's vector.
 */
public final class QuestionVectors {

  /** Entries kept by the product: 10,000 vectors of 384 floats, about 16 MB. */
  public static final int CAPACITY = 10_000;

  private final Function<String, float[]> embed;
  private final Map<String, float[]> cache;
  /** Questions being computed now, by key; guarded by {@code cache}. */
  private final Map<String, CompletableFuture<float[]>> computing = new HashMap<>();
  /** Asks that found their question being computed and waited for it; guarded by {@code cache}. */
  private long shared;

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

  /** The vector of {@code question}: from the cache, from a computation under way, or computed and remembered. */
  public float[] vector(String question) {
    String key = key(question);
    CompletableFuture<float[]> other;
    CompletableFuture<float[]> mine = null;
    synchronized (cache) {
      float[] known = cache.get(key);
      if (known != null) {
        return known;
      }
      other = computing.get(key);
      if (other != null) {
        shared++;
      } else {
        mine = new CompletableFuture<>();
        computing.put(key, mine);
      }
    }
    return other != null ? join(other) : compute(key, mine);
  }

  private float[] compute(String key, CompletableFuture<float[]> mine) {
    try {
      float[] vector = embed.apply(key);
      synchronized (cache) {
        cache.put(key, vector);
        computing.remove(key);
      }
      mine.complete(vector);
      return vector;
    } catch (RuntimeException | Error e) {
      synchronized (cache) {
        computing.remove(key);
      }
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private static float[] join(CompletableFuture<float[]> other) {
    try {
      return other.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** How many vectors are held. */
  public int size() {
    synchronized (cache) {
      return cache.size();
    }
  }

  /** How many questions are being computed now. */
  int computing() {
    synchronized (cache) {
      return computing.size();
    }
  }

  /** How many asks have waited for another ask's computation of their question. */
  long shared() {
    synchronized (cache) {
      return shared;
    }
  }

  /** The cache key: lower case, white space collapsed and trimmed. */
  static String key(String question) {
    return question.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
