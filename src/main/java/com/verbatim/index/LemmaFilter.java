package com.verbatim.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces irregular forms by their lemma ("met" -> "meet", "bought" -> "buy", "were" -> "be"),
 * which stemmers leave alone. Regular forms are left to the stemmer that follows.
 */
final class LemmaFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Map<String, String> lemmas;

  LemmaFilter(TokenStream input, Map<String, String> lemmas) {
    super(input);
    this.lemmas = lemmas;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String lemma = lemmas.get(term.toString());
    if (lemma != null) {
      term.setEmpty().append(lemma);
    }
    return true;
  }
}
