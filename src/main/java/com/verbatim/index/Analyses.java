package com.verbatim.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyses of sentence texts, kept for the next ask: the rescoring reads each candidate's terms with their
 * places, and the article stage the terms of its title, lead and neighbouring sentences; the same sentences come
 * back ask after ask, and analysing one costs more than the rest of its scoring. An analysis depends on the text
 * alone, so a kept one is never stale; the least recently used go first once {@code capacity} texts are kept.
 * Safe for concurrent asks.
 */
final class Analyses {

  /** How many texts are kept (about 2 kB each): the sentences that a busy stretch of asks keeps coming back to. */
  static final int CAPACITY = 8192;

  /** The analyzed tokens of a text, and its plain words (tokenized, not filtered), made when first asked for. */
  private static final class Entry {
    final List<Terms.Token> tokens;
    volatile List<Terms.Token> words;

    Entry(List<Terms.Token> tokens) {
      this.tokens = tokens;
    }
  }

  private final Analyzer analyzer;
  private final Analyzer words = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new StandardTokenizer());
    }
  };
  private final Lru<String, Entry> entries;

  Analyses(Analyzer analyzer, int capacity) {
    this.analyzer = analyzer;
    this.entries = new Lru<>(capacity);
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /** The text's terms as the index's analyzer makes them, with their places ({@link Terms#tokens}). */
  List<Terms.Token> tokens(String text) {
    return entry(text).tokens;
  }

  /** The terms alone ({@link Terms#analyze}). */
  List<String> terms(String text) {
    return tokens(text).stream().map(Terms.Token::term).toList();
  }

  /** The text's words, every one of them, as the standard tokenizer splits them. */
  List<Terms.Token> words(String text) {
    Entry entry = entry(text);
    List<Terms.Token> out = entry.words;
    if (out == null) {
      out = List.copyOf(Terms.tokens(words, text));
      entry.words = out;
    }
    return out;
  }

  private Entry entry(String text) {
    // made outside the lock: analysis is the cost
    return entries.get(text, () -> new Entry(List.copyOf(Terms.tokens(analyzer, text))));
  }
}
