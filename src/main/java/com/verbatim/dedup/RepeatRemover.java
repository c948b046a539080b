package com.verbatim.dedup;

import com.verbatim.split.Paragraphs;
import com.verbatim.split.SentenceSplitter;

import com.verbatim.model.Article;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitArticle.SplitSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an article into its own sentences: split, then keep the first of every group of
 * sentences with the same {@link TextKeys#sentenceKey key}, in first-seen order.
 *
 * <p>A repeated block that runs on without a line break glues its first sentence to the last one
 * before it ({@code "...summits.The United States ..."}, or a headline without a period followed
 * by its first sentence). Such a sentence is cut at the sentences already seen inside it; what is
 * left stays, as long as every piece left is at least {@link #MIN_PIECE_WORDS} words long.
 */
public final class RepeatRemover {

  /** Only sentences this long are looked for inside others: short ones match by accident. */
  static final int MIN_SEEN_CHARS = 20;
  static final int MIN_PIECE_WORDS = 3;

  private final SentenceSplitter splitter;

  public RepeatRemover(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  /** The article's own sentences, each with the number of the paragraph it stands in (see {@link Paragraphs}). */
  public SplitArticle split(Article article) {
    List<String> all = new ArrayList<>();
    List<Integer> paragraphOf = new ArrayList<>();
    List<String> paragraphs = Paragraphs.of(article.text());
    for (int p = 0; p < paragraphs.size(); p++) {
      for (String sentence : splitter.split(paragraphs.get(p))) {
        all.add(sentence);
        paragraphOf.add(p + 1);
      }
    }
    Set<String> seen = new HashSet<>();
    List<String> seenTexts = new ArrayList<>();
    List<SplitSentence> unique = new ArrayList<>();
    int dropped = 0;
    for (int i = 0; i < all.size(); i++) {
      String sentence = all.get(i);
      if (TextKeys.normalize(sentence).isEmpty()) {
        dropped++;
        continue; // punctuation-only fragments carry nothing to quote
      }
      if (seen.contains(TextKeys.sentenceKey(sentence))) {
        dropped++;
        continue;
      }
      List<String> pieces = new ArrayList<>();
      int cut = cut(sentence, seenTexts, pieces);
      if (cut > 0 && pieces.stream().allMatch(RepeatRemover::longEnough)) {
        dropped += cut;
      } else {
        pieces = List.of(sentence);
      }
      for (String piece : pieces) {
        String key = TextKeys.sentenceKey(piece);
        if (seen.add(key)) {
          unique.add(new SplitSentence(piece, key, paragraphOf.get(i)));
          seenTexts.add(piece);
        } else {
          dropped++;
        }
      }
    }
    return new SplitArticle(ArticleMeta.of(article), TextKeys.bodyHash(article.text()), unique, dropped);
  }

  /**
   * Removes every seen sentence found inside {@code text}, longest first, and adds the pieces left
   * to {@code out} in order. Returns how many seen sentences were cut out, or -1 when a piece
   * before a cut does not end like a sentence ({@code "He said: <seen sentence>"} is one sentence).
   */
  private static int cut(String text, List<String> seenTexts, List<String> out) {
    String s = text.strip();
    if (s.isEmpty()) {
      return 0;
    }
    String found = seenTexts.stream()
        .filter(t -> t.length() >= MIN_SEEN_CHARS && s.contains(t))
        .max(Comparator.comparingInt(String::length))
        .orElse(null);
    if (found == null) {
      out.add(s);
      return 0;
    }
    int at = s.indexOf(found);
    List<String> before = new ArrayList<>();
    int left = cut(s.substring(0, at), seenTexts, before);
    if (left < 0 || (!before.isEmpty() && !endsSentence(before.get(before.size() - 1)))) {
      return -1;
    }
    out.addAll(before);
    int right = cut(s.substring(at + found.length()), seenTexts, out);
    return right < 0 ? -1 : 1 + left + right;
  }

  private static boolean endsSentence(String piece) {
    int i = piece.length() - 1;
    while (i > 0 && SentenceSplitter.isCloser(piece.charAt(i))) {
      i--;
    }
    return SentenceSplitter.isTerminator(piece.charAt(i));
  }

  private static boolean longEnough(String piece) {
    String normalized = TextKeys.normalize(piece);
    return !normalized.isEmpty() && normalized.split(" ").length >= MIN_PIECE_WORDS;
  }
}
