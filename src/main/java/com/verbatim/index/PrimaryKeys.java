package com.verbatim.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Documents found by an exact term of a keyword field (an article's id or body hash, a sentence's key), with
 * {@code seekExact} on each segment's term dictionary: the first live document in index order, the one a
 * {@code TermQuery} for the term ranks first (keyword fields have no norms, so every match scores the same and
 * the lowest document wins). A query would build the term's statistics in every segment and a fresh terms enum
 * per segment for each look-up; a write looks up every sentence of every article it stores, so this keeps one
 * enum per field and segment, and one postings enum, for as long as its reader is used. One thread at a time.
 */
final class PrimaryKeys {

  private final List<LeafReaderContext> leaves;
  /** Per field, one terms enum per segment (empty where the segment has no such field), made on first use. */
  private final Map<String, TermsEnum[]> enums = new HashMap<>();
  private PostingsEnum postings;

  PrimaryKeys(IndexReader reader) {
    this.leaves = reader.leaves();
  }

  /** The top-level number of the first live document with {@code value} in {@code field}, or -1 when none has it. */
  int first(String field, String value) throws IOException {
    BytesRef term = new BytesRef(value);
    TermsEnum[] perLeaf = enums.computeIfAbsent(field, f -> new TermsEnum[leaves.size()]);
    for (LeafReaderContext leaf : leaves) {
      TermsEnum terms = terms(perLeaf, field, leaf);
      if (!terms.seekExact(term)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      postings = terms.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          return leaf.docBase + doc;
        }
      }
    }
    return -1;
  }

  private static TermsEnum terms(TermsEnum[] perLeaf, String field, LeafReaderContext leaf) throws IOException {
    if (perLeaf[leaf.ord] == null) {
      Terms terms = leaf.reader().terms(field);
      perLeaf[leaf.ord] = terms == null ? TermsEnum.EMPTY : terms.iterator();
    }
    return perLeaf[leaf.ord];
  }
}
