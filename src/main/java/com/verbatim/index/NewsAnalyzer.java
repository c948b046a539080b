package com.verbatim.index;

import com.verbatim.config.WordLists;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analyzer for indexing and querying English news: standard tokens, possessives off,
 * lowercase, irregular forms to their lemma, stop and question words out, Porter stems. So
 * "met", "meets" and "meeting" all become "meet", and "Who did" drives nothing.
 */
public final class NewsAnalyzer extends Analyzer {

  private static final Map<String, String> LEMMAS = loadLemmas();
  private static final CharArraySet STOP_WORDS = new CharArraySet(WordLists.lines("/index/stopwords.txt"), false);

  private final boolean lemmas;

  /** The product's analyzer, lemmas on. */
  public NewsAnalyzer() {
    this(true);
  }

  /** With {@code lemmas} false, irregular forms reach the stemmer as written; only for measuring the lemmas. */
  public NewsAnalyzer(boolean lemmas) {
    this.lemmas = lemmas;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    if (lemmas) {
      stream = new LemmaFilter(stream, LEMMAS);
    }
    stream = new StopFilter(stream, STOP_WORDS);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  private static Map<String, String> loadLemmas() {
    Map<String, String> lemmas = new HashMap<>();
    for (String line : WordLists.lines("/index/lemmas.txt")) {
      String[] parts = line.split("\\s+");
      lemmas.put(parts[0], parts[1]);
    }
    return Map.copyOf(lemmas);
  }
}
