package com.verbatim.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into sentences. A line break always ends a sentence (headlines carry no period);
 * inside a line, a terminal mark followed by space and a capital ends one unless the word before
 * is a known abbreviation or an initialism such as "U.S.".
 */
public final class SentenceSplitter {

  private static final Pattern CANDIDATE = Pattern.compile("[.!?]+[\"'\u201d\u2019)\\]]*\\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])");
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
      "gen", "col", "lt", "sgt", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft");

  /** Sentences of text in order, each trimmed, none empty. */
  public List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      splitLine(line, out);
    }
    return out;
  }

  private void splitLine(String line, List<String> out) {
    int start = 0;
    Matcher m = CANDIDATE.matcher(line);
    while (m.find()) {
      if (!isAbbreviation(line, m.start())) {
        add(line.substring(start, m.end()), out);
        start = m.end();
      }
    }
    add(line.substring(start), out);
  }

  private static boolean isAbbreviation(String line, int periodAt) {
    if (line.charAt(periodAt) != '.') {
      return false;
    }
    int wordStart = periodAt;
    while (wordStart > 0 && !Character.isWhitespace(line.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = line.substring(wordStart, periodAt);
    String bare = word.replaceAll("^[\\p{Punct}\u201c\u2018]+", "");
    return ABBREVIATIONS.contains(bare.toLowerCase()) || bare.matches("(\\p{L}+-)?(\\p{Lu}\\.)*\\p{Lu}");
  }

  private static void add(String sentence, List<String> out) {
    String trimmed = sentence.strip();
    if (!trimmed.isEmpty()) {
      out.add(trimmed);
    }
  }
}
