package com.verbatim.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Values read from stored documents (articles, candidate sentences), so an ask does not decompress the same
 * documents as the ask before it. An entry is keyed by the segment's core and the document's number in it: a segment never changes
 * once written, so an entry stays right for as long as its segment lives, across refreshes; an article stored
 * again is a new document elsewhere, and a deleted one is no longer found by its id. The least recently used
 * entries go first once {@code capacity} is reached (segments merged away are among them).
 */
final class DocCache<V> {

  /** A document of one segment core. */
  private record Key(Object core, int doc) {
  }

  private final int capacity;
  private final Lru<Key, V> entries;

  DocCache(int capacity) {
    this.capacity = capacity;
    this.entries = new Lru<>(capacity);
  }

  /** The value of document {@code doc} of {@code leaf}, loaded on a miss. */
  V get(LeafReaderContext leaf, int doc, Lru.Loader<V, IOException> loader) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null || capacity == 0) {
      return loader.load();
    }
    return entries.get(new Key(helper.getKey(), doc), loader);
  }

  int size() {
    return entries.size();
  }
}
