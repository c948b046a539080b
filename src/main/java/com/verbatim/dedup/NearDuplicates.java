package com.verbatim.dedup;

import com.verbatim.dedup.SentenceTokens.Kind;
import com.verbatim.dedup.SentenceTokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether two sentences from different articles say the same thing in nearly the same
 * words: wire copy with a dateline added, {@code "U.S."} written {@code "US"}, a word dropped.
 *
 * <p>Two steps. {@link #bandKeys} gives MinHash band keys over word pairs, so the index finds
 * candidates by a term lookup instead of comparing with every sentence. {@link #compare} then
 * aligns the two word sequences (longest common subsequence) and accepts the pair when their Dice
 * similarity reaches the configured bar and no difference touches what the sentence says: a
 * number, a date, a negation anywhere, a name or an opposite-direction word ("rose"/"fell")
 * put in place of another word, or more than three words changed in one place (a clause). Immutable and thread-safe.
 */
public final class NearDuplicates {

  private static final int SHINGLE = 2;
  /** More words than this changed in one place is a clause added or cut, not a light edit. */
  private static final int MAX_GAP = 3;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** The outcome of a comparison: similarity, and why the pair was refused (null when it was not). */
  public record Verdict(double similarity, String refusal) {
    public boolean same() {
      return refusal == null;
    }
  }

  private final NearDuplicateConfig config;
  private final NearDuplicateWords words;

  public NearDuplicates(NearDuplicateConfig config, NearDuplicateWords words) {
    this.config = config;
    this.words = words;
  }

  /** With the default configuration and the built-in word lists. */
  public static NearDuplicates defaults() {
    return new NearDuplicates(NearDuplicateConfig.defaults(), NearDuplicateWords.load());
  }

  public NearDuplicateConfig config() {
    return config;
  }

  public SentenceTokens tokens(String sentence) {
    return SentenceTokens.of(sentence, words);
  }

  /** Whether two sentences are near-duplicates. */
  public boolean same(String a, String b) {
    return compare(tokens(a), tokens(b)).same();
  }

  /** Whether the two sentences share a band, that is whether the index would compare them at all. */
  public boolean areCandidates(SentenceTokens a, SentenceTokens b) {
    long[] x = bandKeys(a);
    long[] y = bandKeys(b);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] == y[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * MinHash band keys of the sentence's word pairs, one 64-bit hash per band (the band number is
   * hashed in, so keys of different bands do not meet); none for a sentence shorter than
   * {@code minWords}, which can only repeat exactly.
   */
  public long[] bandKeys(SentenceTokens tokens) {
    if (tokens.size() < config.minWords()) {
      return new long[0];
    }
    int k = config.bands() * config.rows();
    long[] min = new long[k];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (String shingle : tokens.shingles(SHINGLE)) {
      long base = fnv(shingle);
      for (int i = 0; i < k; i++) {
        long h = mix(base + GOLDEN * (i + 1));
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    long[] keys = new long[config.bands()];
    for (int b = 0; b < config.bands(); b++) {
      long band = b;
      for (int r = 0; r < config.rows(); r++) {
        band = mix(band * 31 + min[b * config.rows() + r]);
      }
      keys[b] = band;
    }
    return keys;
  }

  /** Aligns the two sentences and judges the pair; see the class comment for the rules. */
  public Verdict compare(SentenceTokens a, SentenceTokens b) {
    List<Token> x = a.tokens();
    List<Token> y = b.tokens();
    if (x.isEmpty() || y.isEmpty()) {
      return new Verdict(0, "empty");
    }
    int[][] lcs = lcsTable(x, y);
    double similarity = 2.0 * lcs[0][0] / (x.size() + y.size());
    if (x.size() < config.minWords() || y.size() < config.minWords()) {
      return new Verdict(similarity, similarity == 1.0 ? null : "short");
    }
    if (similarity < config.similarity()) {
      return new Verdict(similarity, "similarity");
    }
    String refusal = firstBadGap(x, y, lcs);
    return new Verdict(similarity, refusal);
  }

  /** {@code t[i][j]} = length of the longest common subsequence of x[i..] and y[j..]. */
  private static int[][] lcsTable(List<Token> x, List<Token> y) {
    int[][] t = new int[x.size() + 1][y.size() + 1];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        t[i][j] = x.get(i).text().equals(y.get(j).text()) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    return t;
  }

  /** Walks the alignment; each stretch between two common words is a gap, judged on its own. */
  private static String firstBadGap(List<Token> x, List<Token> y, int[][] t) {
    int i = 0;
    int j = 0;
    List<Token> gapX = new ArrayList<>();
    List<Token> gapY = new ArrayList<>();
    while (i < x.size() || j < y.size()) {
      if (i < x.size() && j < y.size() && x.get(i).text().equals(y.get(j).text()) && t[i][j] == t[i + 1][j + 1] + 1) {
        String bad = judge(gapX, gapY);
        if (bad != null) {
          return bad;
        }
        gapX.clear();
        gapY.clear();
        i++;
        j++;
      } else if (j >= y.size() || (i < x.size() && t[i + 1][j] >= t[i][j + 1])) {
        gapX.add(x.get(i++));
      } else {
        gapY.add(y.get(j++));
      }
    }
    return judge(gapX, gapY);
  }

  private static String judge(List<Token> gapX, List<Token> gapY) {
    if (gapX.isEmpty() && gapY.isEmpty()) {
      return null;
    }
    if (gapX.size() > MAX_GAP || gapY.size() > MAX_GAP) {
      return "words differ: " + Math.max(gapX.size(), gapY.size()) + " in a row";
    }
    boolean substitution = !gapX.isEmpty() && !gapY.isEmpty();
    for (List<Token> gap : List.of(gapX, gapY)) {
      for (Token token : gap) {
        Kind kind = token.kind();
        if (kind == Kind.NEGATION || kind == Kind.NUMBER || kind == Kind.DATE) {
          return kind.name().toLowerCase(java.util.Locale.ROOT) + " differs: " + token.text();
        }
        if (substitution && (kind == Kind.NAME || kind == Kind.POLAR)) {
          return kind.name().toLowerCase(java.util.Locale.ROOT) + " replaced: " + token.text();
        }
      }
    }
    return null;
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** The splitmix64 finalizer: a cheap, well-mixed 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
