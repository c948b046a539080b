package com.verbatim.dedup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts each new sentence of one write into a near-duplicate cluster: the cluster of the most
 * similar sentence that {@link NearDuplicates} accepts, among the stored sentences sharing a MinHash
 * band with it and the sentences assigned earlier in the same write; else a cluster of its own,
 * named by its key. One instance per write; not thread-safe.
 */
public final class ClusterAssigner {

  /** A sentence as the assigner knows it: its tokens, band keys and cluster (null while unassigned). */
  public record Signed(SentenceTokens tokens, long[] bands, String cluster) {}

  /** A stored sentence that shares a band with the one being assigned. */
  public record Stored(String text, String cluster) {}

  /** Where stored sentences are found by band key: the index, in the product. */
  @FunctionalInterface
  public interface Candidates {
    /** Stored sentences sharing at least one of {@code bands}, most shared bands first, at most {@code max}. */
    List<Stored> sharing(long[] bands, int max) throws IOException;
  }

  private final NearDuplicates check;
  private final Candidates stored;
  /** Sentences assigned earlier in this write, by band key. */
  private final Map<Long, List<Signed>> batch = new HashMap<>();

  public ClusterAssigner(NearDuplicates check, Candidates stored) {
    this.check = check;
    this.stored = stored;
  }

  /** Tokens and band keys of a sentence, with the cluster it already has (or null). */
  public Signed sign(String text, String cluster) {
    SentenceTokens tokens = check.tokens(text);
    return new Signed(tokens, check.bandKeys(tokens), cluster);
  }

  /** The cluster for a sentence not stored yet; remembers it for the rest of the write. */
  public String assign(String key, Signed sentence) throws IOException {
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
    for (Stored s : stored.sharing(sentence.bands(), check.config().maxCandidates())) {
      out.add(new Signed(check.tokens(s.text()), null, s.cluster()));
    }
    return out;
  }
}
