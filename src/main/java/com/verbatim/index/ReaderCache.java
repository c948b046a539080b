package com.verbatim.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;

/**
 * Values that one top-level reader fixes, by name, kept for the next ask on the same reader: the statistics of a
 * term of the text field ({@code TermStates}: each segment's place of the term and its frequencies), or the stored
 * article an id finds. Never-repeated questions still share most of their words and many of their articles,
 * and otherwise each ask would look every one up in every segment. A reader never changes once opened, so an
 * entry stays right for as long as its reader is searched; after a refresh, the entries of the old reader are no
 * longer asked for and go first once {@code capacity} is reached. A kept value is only read afterwards, so one
 * may serve concurrent asks.
 */
final class ReaderCache<V> {

  /** A name in one top-level reader. */
  private record Key(Object reader, String name) {
  }

  private final int capacity;
  private final Lru<Key, V> entries;

  ReaderCache(int capacity) {
    this.capacity = capacity;
    this.entries = new Lru<>(capacity);
  }

  /** The value of {@code name} in {@code reader}, loaded on a miss; {@code loader} must not return null. */
  V get(IndexReader reader, String name, Lru.Loader<V, IOException> loader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null || capacity == 0) {
      return loader.load();
    }
    return entries.get(new Key(helper.getKey(), name), loader);
  }

  int size() {
    return entries.size();
  }
}
