package com.verbatim.index;

import com.verbatim.model.Answer;
import com.verbatim.model.CacheStats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recent answers, so a question asked again costs a map lookup instead of a search. An answer is valid for
 * one index generation only: the key holds the generation the answer was computed on, and every commit
 * (store, delete, new vectors) starts a new one, so nothing stored before a commit is served after it.
 * Holds at most {@code capacity} answers and forgets the least recently used first; thread-safe.
 */
public final class AnswerCache {

  /**
   * What an answer depends on besides the corpus: the question as resolved against its follow-up context
   * (exact text: the question's case and words choose its kind and names), the scope as a sorted set, the
   * limit, and the index generation.
   */
  public record Key(String question, List<String> scope, int limit, long generation) {
  }

  private final int capacity;
  private final Map<Key, Answer> answers;
  private long hits;
  private long misses;

  /** A cache of at most {@code capacity} answers; 0 turns it off. */
  public AnswerCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be 0 or more, not " + capacity);
    }
    this.capacity = capacity;
    this.answers = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Answer> eldest) {
        return size() > capacity;
      }
    };
  }

  public boolean enabled() {
    return capacity > 0;
  }

  /** The answer remembered under {@code key}, or null; counts a hit or a miss. */
  public Answer get(Key key) {
    return get(key, true);
  }

  /** The answer remembered under {@code key}, or null; counts a hit, and a miss when {@code countMiss}. */
  public synchronized Answer get(Key key, boolean countMiss) {
    if (!enabled()) {
      return null;
    }
    Answer answer = answers.get(key);
    if (answer != null) {
      hits++;
    } else if (countMiss) {
      misses++;
    }
    return answer;
  }

  public synchronized void put(Key key, Answer answer) {
    if (enabled()) {
      answers.put(key, answer);
    }
  }

  /** Hits, misses and size so far. */
  public synchronized CacheStats stats() {
    return new CacheStats(hits, misses, answers.size(), capacity);
  }
}
