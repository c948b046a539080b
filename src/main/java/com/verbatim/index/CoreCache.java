package com.verbatim.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Values that one segment core fixes, keyed by the core and a name or a document number in it: where a term of
 * the text field is in the segment and its frequencies there, the documents an article id is on, or what a stored
 * article or candidate sentence holds (so an ask does not decompress the documents the ask before it read). A
 * segment never changes once written, so an entry stays right across refreshes for as long as its segment lives,
 * and a refresh (after every write) only costs the look-ups in the segments it brought; what a later write deletes
 * in an old segment is in its live documents, which callers check on the reader of their ask, and an article
 * stored again is a new document elsewhere. The least recently used entries go first once {@code capacity} is
 * reached (segments merged away are among them). A kept value is only read afterwards, so one may serve
 * concurrent asks.
 */
final class CoreCache<V> {

  /** A name or a document number in one segment core. */
  private record Key(Object core, Object name) {
  }

  private final int capacity;
  private final Lru<Key, V> entries;

  CoreCache(int capacity) {
    this.capacity = capacity;
    this.entries = new Lru<>(capacity);
  }

  /** The value of {@code name} in {@code leaf}'s core, loaded on a miss; {@code loader} must not return null. */
  V get(LeafReaderContext leaf, Object name, Lru.Loader<V, IOException> loader) throws IOException {
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
