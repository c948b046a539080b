package com.verbatim.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs the analyzer over text: the terms a question or sentence is made of, with their places. */
final class Terms {

  /** An analyzed term, its character range in the source, and its word position. */
  record Token(String term, int start, int end, int position) {
  }

  private Terms() {
  }

  static List<String> analyze(Analyzer analyzer, String text) {
    return tokens(analyzer, text).stream().map(Token::term).toList();
  }

  static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string cannot fail", e);
    }
    return out;
  }
}
