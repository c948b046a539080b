package com.verbatim.index;

import com.verbatim.dedup.ClusterAssigner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The indexed sentences that share a MinHash band with a new one, for {@link ClusterAssigner}.
 *
 * <p>Band keys are 8-byte terms of {@link Fields#BAND_KEY}, looked up with {@code seekExact} on
 * each segment's term dictionary (the primary-key lookup path, no query machinery); the terms
 * enums are kept for the whole write, as the searcher does not change during it. One instance per
 * write, on the writer's thread.
 */
final class BandCandidates implements ClusterAssigner.Candidates {

  private static final Set<String> CANDIDATE_FIELDS = Set.of(Fields.KEY, Fields.TEXT, Fields.CLUSTER);

  private final IndexSearcher searcher;
  /** One terms enum per segment (null where the segment has no band keys), made on first use. */
  private TermsEnum[] segmentTerms;
  private PostingsEnum postings;

  BandCandidates(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** The 8-byte term of a band key. */
  static BytesRef term(long band) {
    byte[] bytes = new byte[Long.BYTES];
    BitUtil.VH_BE_LONG.set(bytes, 0, band);
    return new BytesRef(bytes);
  }

  /** The stored cluster of a sentence document; documents from before clusters are their own. */
  static String clusterOf(Document doc) {
    String cluster = doc.get(Fields.CLUSTER);
    return cluster != null ? cluster : doc.get(Fields.KEY);
  }

  @Override
  public List<ClusterAssigner.Stored> sharing(long[] bands, int max) throws IOException {
    List<ClusterAssigner.Stored> out = new ArrayList<>();
    for (int doc : docsSharing(bands, max)) {
      Document d = searcher.storedFields().document(doc, CANDIDATE_FIELDS);
      out.add(new ClusterAssigner.Stored(d.get(Fields.TEXT), clusterOf(d)));
    }
    return out;
  }

  /** Live sentence documents sharing a band, most shared bands first, at most {@code max}. */
  private List<Integer> docsSharing(long[] bands, int max) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    if (segmentTerms == null) {
      segmentTerms = new TermsEnum[leaves.size()];
      for (LeafReaderContext leaf : leaves) {
        Terms terms = leaf.reader().terms(Fields.BAND_KEY);
        segmentTerms[leaf.ord] = terms == null ? null : terms.iterator();
      }
    }
    long[] sorted = bands.clone();
    Arrays.sort(sorted); // ascending seeks within a segment reuse more of the term dictionary walk
    Map<Integer, Integer> shared = new HashMap<>();
    for (LeafReaderContext leaf : leaves) {
      TermsEnum terms = segmentTerms[leaf.ord];
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (long band : sorted) {
        if (!terms.seekExact(term(band))) {
          continue;
        }
        postings = terms.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            shared.merge(leaf.docBase + doc, 1, Integer::sum);
          }
        }
      }
    }
    return shared.entrySet().stream()
        .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(max).map(Map.Entry::getKey).toList();
  }
}
