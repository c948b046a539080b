package com.verbatim.split;

import com.verbatim.config.WordLists;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind {@link SentenceSplitter}: known abbreviations by kind, and the words that
 * commonly open a sentence. Loaded once from {@code dedup/*.txt} on the classpath; immutable after
 * construction, so one instance is safely shared between threads.
 */
public final class SplitterWords {

  /** How a period after a known abbreviation is treated. */
  enum Kind {
    /** Not a known abbreviation. */
    NONE,
    /** Written before a name (Mr., Dr., Mt.): never ends a sentence. */
    TITLE,
    /** Written before a number (No. 10, p. 55): no sentence end when a digit follows. */
    NUMERIC,
    /** May end a sentence (Co., Inc., etc., Jan.): only before a common sentence starter. */
    ABBREV
  }

  private static final String ABBREVIATIONS = "/dedup/abbreviations.txt";
  private static final String STARTERS = "/dedup/sentence-starters.txt";

  private final Map<String, Kind> kinds;
  private final Set<String> starters;

  private SplitterWords(Map<String, Kind> kinds, Set<String> starters) {
    this.kinds = Map.copyOf(kinds);
    this.starters = Set.copyOf(starters);
  }

  /** Loads both lists from the classpath; fails fast when a list is missing or malformed. */
  public static SplitterWords load() {
    Map<String, Kind> kinds = new HashMap<>();
    for (String line : WordLists.lines(ABBREVIATIONS)) {
      String[] parts = line.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException("Bad line in " + ABBREVIATIONS + ": " + line);
      }
      kinds.put(parts[1].toLowerCase(Locale.ROOT), Kind.valueOf(parts[0].toUpperCase(Locale.ROOT)));
    }
    Set<String> starters = new HashSet<>();
    for (String line : WordLists.lines(STARTERS)) {
      starters.add(line.toLowerCase(Locale.ROOT));
    }
    return new SplitterWords(kinds, starters);
  }

  /** The kind of abbreviation {@code word} (without its final period) is, case-insensitively. */
  Kind kindOf(String word) {
    Kind kind = kinds.get(word.toLowerCase(Locale.ROOT));
    return kind == null ? Kind.NONE : kind;
  }

  /** Whether {@code word} commonly opens a sentence (The, He, But, In ...), case-insensitively. */
  public boolean isStarter(String word) {
    return starters.contains(word.toLowerCase(Locale.ROOT));
  }

}
