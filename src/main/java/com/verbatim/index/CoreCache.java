package com.verbatim.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Values that one segment core fixes, by name: where a term of the text field is in the segment and its
 * frequencies there, or the documents an article id is on. A segment never changes once written, so an entry
 * stays right across refreshes for as long as its segment lives, and a refresh (after every write) only costs
 * the look-ups in the segments it brought; what a later write deletes in an old segment is in its live documents,
 * which callers check on the reader of their ask. The least recently used entries go first once {@code capacity}
 * is reached (segments merged away are among them). A kept value is only read afterwards, so one may serve
 * concurrent asks.
 */
final class CoreCache<V> {

  /** A name in one segment core. */
  private record Key(Object core, String name) {
  }

  private final int capacity;
  private final Lru<Key, V> entries;

  CoreCache(int capacity) {
    this.capacity = capacity;
    this.entries = new Lru<>(capacity);
  }

  /** The value of {@code name} in {@code leaf}'s core, loaded on a miss; {@code loader} must not return null. */
  V get(LeafReaderContext leaf, String name, Lru.Loader<V, IOException> loader) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null || capacity == 0) {
      return loader.load();
    }
    return entries.get(new Key(helper.getKey(), name), loader);
  }

  int size() {
    return entries.size();
  }
}
