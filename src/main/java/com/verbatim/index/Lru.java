package com.verbatim.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded map, least recently used out, safe for several threads. A missing value is made outside the lock
 * ({@link #get}), so readers on other threads never wait on a slow load; two threads missing the same key at once
 * may both make it, and the first stored is kept.
 */
final class Lru<K, V> {

  /** Makes a value; may throw what the caller's load throws. */
  interface Loader<V, E extends Exception> {
    V load() throws E;
  }

  private final Map<K, V> entries;

  Lru(int capacity) {
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The value kept for {@code key}, else {@code loader}'s, kept from now on. */
  <E extends Exception> V get(K key, Loader<V, E> loader) throws E {
    synchronized (entries) {
      V kept = entries.get(key);
      if (kept != null) {
        return kept;
      }
    }
    V made = loader.load();
    synchronized (entries) {
      V first = entries.putIfAbsent(key, made);
      return first != null ? first : made;
    }
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
