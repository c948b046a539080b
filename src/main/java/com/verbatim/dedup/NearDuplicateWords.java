package com.verbatim.dedup;

import com.verbatim.config.WordLists;
import com.verbatim.dedup.SentenceTokens.Kind;
import com.verbatim.split.SplitterWords;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists behind the must-not-merge rules: dates, negations, number words and words of
 * opposite direction ({@code dedup/near-duplicate-words.txt}), and the common sentence starters
 * that are capitalized without being names. Immutable; share one instance.
 */
public final class NearDuplicateWords {

  private static final String RESOURCE = "/dedup/near-duplicate-words.txt";

  private final Map<String, Kind> kinds;
  private final SplitterWords starters;

  private NearDuplicateWords(Map<String, Kind> kinds, SplitterWords starters) {
    this.kinds = Map.copyOf(kinds);
    this.starters = starters;
  }

  /** Loads the lists from the classpath; fails fast when one is missing or malformed. */
  public static NearDuplicateWords load() {
    Map<String, Kind> kinds = new HashMap<>();
    for (String line : WordLists.lines(RESOURCE)) {
      String[] parts = line.split("\\s+");
      Kind kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
      for (int i = 1; i < parts.length; i++) {
        kinds.putIfAbsent(parts[i], kind);
      }
    }
    return new NearDuplicateWords(kinds, SplitterWords.load());
  }

  /**
   * The kind of a normalized word. A capitalized word that is not a listed word and not a common
   * sentence starter is a name ("Blinken", "BBC"); "may" counts as a date only when capitalized.
   */
  Kind kindOf(String word, boolean capitalized, boolean firstWord) {
    if (hasDigit(word)) {
      return Kind.NUMBER;
    }
    Kind listed = kinds.get(word);
    if (listed != null) {
      return listed;
    }
    if (word.equals("may") && capitalized && !firstWord) {
      return Kind.DATE;
    }
    if (capitalized && !starters.isStarter(word)) {
      return Kind.NAME;
    }
    return Kind.WORD;
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
