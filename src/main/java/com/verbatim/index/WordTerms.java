package com.verbatim.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzed terms of the short texts a question plan analyzes on their own, kept: the words that name a kind
 * of answer ("long", "old") and the words written with a capital. Never-repeated questions still share most of
 * these words, and each would otherwise run the analyzer once per word. A word's terms depend on the word and
 * the analyzer alone, so a kept list is the one a new analysis would give; lists are unmodifiable and may serve
 * concurrent asks.
 */
final class WordTerms {

  /** Words kept: the everyday vocabulary of questions, a few hundred kilobytes at most. */
  static final int CAPACITY = 20_000;

  private final Analyzer analyzer;
  private final Lru<String, List<String>> kept;

  WordTerms(Analyzer analyzer, int capacity) {
    this.analyzer = analyzer;
    this.kept = new Lru<>(capacity);
  }

  /** The terms {@link Terms#analyze} gives for {@code word}. */
  List<String> of(String word) {
    return kept.get(word, () -> Terms.analyze(analyzer, word));
  }

  int size() {
    return kept.size();
  }
}
