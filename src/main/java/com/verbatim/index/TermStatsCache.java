package com.verbatim.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;

/**
 * The statistics of the text field's terms ({@link TermStates}: each segment's place of a term and its
 * frequencies), kept for the next ask on the same searcher. Every ask looks each of its words up in every
 * segment twice otherwise, once for its rarity and once for the candidate query, and never-repeated
 * questions still share most of their words. An entry is keyed by the top-level reader, which never changes
 * once opened, so it stays right for as long as that reader is searched; after a refresh, the entries of the
 * old reader are no longer asked for and go first once {@code capacity} is reached. A built {@code TermStates}
 * is only read afterwards, so one may serve concurrent asks.
 */
final class TermStatsCache {

  /** A term of the text field in one top-level reader. */
  private record Key(Object reader, String term) {
  }

  private final int capacity;
  private final Lru<Key, TermStates> entries;

  TermStatsCache(int capacity) {
    this.capacity = capacity;
    this.entries = new Lru<>(capacity);
  }

  /** The statistics of {@code term} of {@link Fields#TEXT} in {@code searcher}'s reader, built on a miss. */
  TermStates get(IndexSearcher searcher, String term) throws IOException {
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    Lru.Loader<TermStates, IOException> build = () -> TermStates.build(searcher, new Term(Fields.TEXT, term), true);
    if (helper == null || capacity == 0) {
      return build.load();
    }
    return entries.get(new Key(helper.getKey(), term), build);
  }

  int size() {
    return entries.size();
  }
}
