package com.verbatim.index;

import com.verbatim.answer.AnswerSpans;
import com.verbatim.answer.QuestionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyses of sentence texts, kept for the next ask: the rescoring reads each candidate's terms with their
 * places, and the article stage the terms of its title, lead and neighbouring sentences; the same sentences come
 * back ask after ask, and analysing one costs more than the rest of its scoring. An analysis depends on the text
 * alone, so a kept one is never stale (nor are the answer spans the rules find in it for a kind of question,
 * before the question's own words are taken out); the least recently used go first once {@code capacity} texts
 * are kept. Safe for concurrent asks.
 */
final class Analyses {

  /**
   * How many texts are kept (about 1.5 kB each with their text): the sentences that a busy stretch of asks keeps
   * coming back to. Over the BBC corpus, never-repeated questions come back to more than 8192 texts.
   */
  static final int CAPACITY = 16384;

  /**
   * One text's analysis: its analyzed tokens and the hash codes of their terms, made at once, and, made when
   * first asked for, the positions of the words that can answer each {@link AnswerType} and what the answer span
   * rules find in it for each {@link QuestionKind}. Everything here depends on the text alone, so one lookup per text serves every
   * reader of it. The plain words those come from are not kept: they would double the size of an entry.
   */
  static final class Analysis {
    private final Analyses owner;
    private final String text;
    private final List<Terms.Token> tokens;
    /** Each token's {@code term().hashCode()}, in order: a question's terms are looked for here first. */
    private final int[] hashes;
    private final AtomicReferenceArray<int[]> typed = new AtomicReferenceArray<>(AnswerType.values().length);
    private final AtomicReferenceArray<List<AnswerSpans.Found>> found =
        new AtomicReferenceArray<>(QuestionKind.values().length);

    private Analysis(Analyses owner, String text, List<Terms.Token> tokens) {
      this.owner = owner;
      this.text = text;
      this.tokens = tokens;
      this.hashes = new int[tokens.size()];
      for (int i = 0; i < hashes.length; i++) {
        hashes[i] = tokens.get(i).term().hashCode();
      }
    }

    /** The analysed text. */
    String text() {
      return text;
    }

    /** The terms as the index's analyzer makes them, with their places ({@link Terms#tokens}). */
    List<Terms.Token> tokens() {
      return tokens;
    }

    /** The terms alone ({@link Terms#analyze}). */
    List<String> terms() {
      List<String> out = new ArrayList<>(tokens.size());
      tokens.forEach(t -> out.add(t.term()));
      return List.copyOf(out);
    }

    /** The hash code of each token's term, in order; not to be changed. */
    int[] hashes() {
      return hashes;
    }

    /**
     * The word positions of the words that {@link TypedWords#matches} takes for {@code type}, in order; none for
     * {@link AnswerType#NONE}.
     */
    int[] typed(AnswerType type) {
      int[] out = typed.get(type.ordinal());
      if (out == null) {
        out = positionsOf(type);
        typed.compareAndSet(type.ordinal(), null, out);
      }
      return out;
    }

    /** What the answer span rules find in the text for a question of {@code kind} ({@link AnswerSpans#found}). */
    List<AnswerSpans.Found> found(QuestionKind kind) {
      List<AnswerSpans.Found> out = found.get(kind.ordinal());
      if (out == null) {
        out = owner.spans.found(kind, text);
        found.compareAndSet(kind.ordinal(), null, out);
      }
      return out;
    }

    private int[] positionsOf(AnswerType type) {
      if (type == AnswerType.NONE) {
        return new int[0];
      }
      List<Terms.Token> raw = Terms.tokens(owner.words, text);
      int[] positions = new int[raw.size()];
      int n = 0;
      String previous = null;
      for (int i = 0; i < raw.size(); i++) {
        Terms.Token word = raw.get(i);
        String surface = text.substring(word.start(), word.end());
        if (TypedWords.matches(type, surface, i, previous)) {
          positions[n++] = word.position();
        }
        previous = surface;
      }
      return Arrays.copyOf(positions, n);
    }
  }

  private final Analyzer analyzer;
  private final AnswerSpans spans;
  private final Analyzer words = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new StandardTokenizer());
    }
  };
  private final Lru<String, Analysis> entries;

  /** With the product's answer span rules. */
  Analyses(Analyzer analyzer, int capacity) {
    this(analyzer, new AnswerSpans(TypedWords::isPlace), capacity);
  }

  /** Analyses whose answer spans come from {@code spans}. */
  Analyses(Analyzer analyzer, AnswerSpans spans, int capacity) {
    this.analyzer = analyzer;
    this.spans = spans;
    this.entries = new Lru<>(capacity);
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /** The text's analysis, kept or made now. */
  Analysis of(String text) {
    // made outside the lock: analysis is the cost
    return entries.get(text, () -> new Analysis(this, text, List.copyOf(Terms.tokens(analyzer, text))));
  }

  /** The text's terms as the index's analyzer makes them, with their places ({@link Terms#tokens}). */
  List<Terms.Token> tokens(String text) {
    return of(text).tokens();
  }

  /** The terms alone ({@link Terms#analyze}). */
  List<String> terms(String text) {
    return of(text).terms();
  }
}
