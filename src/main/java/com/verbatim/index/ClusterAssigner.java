package com.verbatim.index;

import com.verbatim.dedup.NearDuplicates;
import com.verbatim.dedup.SentenceTokens;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Puts each new sentence of one write into a near-duplicate cluster: the cluster of the most
 * similar sentence that {@link NearDuplicates} accepts, among the indexed sentences sharing a
 * MinHash band with it and the sentences written earlier in the same batch; else a cluster of its
 * own, named by its key. One instance per write, on the writer's thread.
 */
final class ClusterAssigner {

  /** A sentence as the assigner knows it: its tokens, band keys and cluster. */
  record Signed(SentenceTokens tokens, List<String> bands, String cluster) {}

  private final NearDuplicates check;
  private final IndexSearcher searcher;
  private final List<Signed> batch = new ArrayList<>();

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
    batch.add(new Signed(sentence.tokens(), sentence.bands(), best));
    return best;
  }

  private List<Signed> candidates(Signed sentence) throws IOException {
    List<Signed> out = new ArrayList<>();
    if (sentence.bands().isEmpty()) {
      return out;
    }
    for (Signed pending : batch) {
      if (pending.bands().stream().anyMatch(sentence.bands()::contains)) {
        out.add(pending);
      }
    }
    // one sorted pass over the band terms of each segment, cheaper than a clause per band
    Query query = new ConstantScoreQuery(new TermInSetQuery(Fields.BAND,
        sentence.bands().stream().map(BytesRef::new).toList()));
    for (ScoreDoc sd : searcher.search(query, check.config().maxCandidates()).scoreDocs) {
      Document doc = searcher.storedFields().document(sd.doc);
      // band keys of a stored candidate are not needed: it is only compared
      out.add(new Signed(check.tokens(doc.get(Fields.TEXT)), List.of(), clusterOf(doc)));
    }
    return out;
  }

  /** The stored cluster of a sentence document; documents from before clusters are their own. */
  static String clusterOf(Document doc) {
    String cluster = doc.get(Fields.CLUSTER);
    return cluster != null ? cluster : doc.get(Fields.KEY);
  }
}
