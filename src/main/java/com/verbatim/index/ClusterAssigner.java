package com.verbatim.index;

import com.verbatim.dedup.NearDuplicates;
import com.verbatim.dedup.SentenceTokens;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
 * Puts each new sentence of one write into a near-duplicate cluster: the cluster of the most
 * similar sentence that {@link NearDuplicates} accepts, among the indexed sentences sharing a
 * MinHash band with it and the sentences written earlier in the same batch; else a cluster of its
 * own, named by its key. One instance per write, on the writer's thread.
 *
 * <p>Band keys are 8-byte terms of {@link Fields#BAND_KEY}, looked up with {@code seekExact} on
 * each segment's term dictionary (the primary-key lookup path, no query machinery); the terms
 * enums are kept for the whole write, as the searcher does not change during it. Candidates are
 * ranked by the number of bands they share, so the {@code maxCandidates} checked are the likeliest.
 */
final class ClusterAssigner {

  private static final Set<String> CANDIDATE_FIELDS = Set.of(Fields.KEY, Fields.TEXT, Fields.CLUSTER);

  /** A sentence as the assigner knows it: its tokens, band keys and cluster. */
  record Signed(SentenceTokens tokens, long[] bands, String cluster) {}

  private final NearDuplicates check;
  private final IndexSearcher searcher;
  /** Sentences assigned earlier in this batch, by band key. */
  private final Map<Long, List<Signed>> batch = new HashMap<>();
  /** One terms enum per segment (null where the segment has no band keys), made on first use. */
  private TermsEnum[] segmentTerms;
  private PostingsEnum postings;

  ClusterAssigner(NearDuplicates check, IndexSearcher searcher) {
    this.check = check;
    this.searcher = searcher;
  }

  /** Tokens and band keys of a sentence, with the cluster it already has (or null). */
  Signed sign(String text, String cluster) {
    SentenceTokens tokens = check.tokens(text);
    return new Signed(tokens, check.bandKeys(tokens), cluster);
  }

  /** The cluster for a sentence the index does not hold yet; remembers it for the rest of the batch. */
  String assign(String key, Signed sentence) throws IOException {
    String best = key;
    double bestSimilarity = 0;
    for (Signed other : candidates(sentence)) {
      NearDuplicates.Verdict verdict = check.compare(sentence.tokens(), other.tokens());
      if (verdict.same() && verdict.similarity() > bestSimilarity) {
        bestSimilarity = verdict.similarity();
        best = other.cluster();
      }
    }
    Signed assigned = new Signed(sentence.tokens(), sentence.bands(), best);
    for (long band : sentence.bands()) {
      batch.computeIfAbsent(band, b -> new ArrayList<>(1)).add(assigned);
    }
    return best;
  }

  /** The 8-byte term of a band key. */
  static BytesRef term(long band) {
    byte[] bytes = new byte[Long.BYTES];
    BitUtil.VH_BE_LONG.set(bytes, 0, band);
    return new BytesRef(bytes);
  }

  private List<Signed> candidates(Signed sentence) throws IOException {
    List<Signed> out = new ArrayList<>();
    if (sentence.bands().length == 0) {
      return out;
    }
    Set<Signed> pending = new LinkedHashSet<>();
    for (long band : sentence.bands()) {
      pending.addAll(batch.getOrDefault(band, List.of()));
    }
    out.addAll(pending);
    for (int doc : indexedCandidates(sentence.bands())) {
      Document d = searcher.storedFields().document(doc, CANDIDATE_FIELDS);
      out.add(new Signed(check.tokens(d.get(Fields.TEXT)), null, clusterOf(d)));
    }
    return out;
  }

  /** Live sentence documents sharing a band, most shared bands first, at most maxCandidates. */
  private List<Integer> indexedCandidates(long[] bands) throws IOException {
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
        .limit(check.config().maxCandidates()).map(Map.Entry::getKey).toList();
  }

  /** The stored cluster of a sentence document; documents from before clusters are their own. */
  static String clusterOf(Document doc) {
    String cluster = doc.get(Fields.CLUSTER);
    return cluster != null ? cluster : doc.get(Fields.KEY);
  }
}
