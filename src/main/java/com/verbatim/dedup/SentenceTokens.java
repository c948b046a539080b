package com.verbatim.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sentence as the near-duplicate check sees it: a leading dateline ({@code "LONDON (Reuters) -"})
 * and a trailing credit ({@code "(AP)"}, {@code "- Reuters"}, {@code "Reporting by ..."}) cut off,
 * then words in the {@link TextKeys#normalize} form ({@code "U.S."} and {@code "US"} are both
 * {@code "us"}, quotes gone), each with the {@link Kind} that decides whether changing it changes
 * what the sentence says.
 */
public final class SentenceTokens {

  /** What a word is, for the must-not-merge rules. */
  public enum Kind { WORD, NAME, NUMBER, DATE, NEGATION, POLAR }

  /** One word: its normalized form and its kind. */
  public record Token(String text, Kind kind) {}

  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*"          // LONDON, NEW YORK, WASHINGTON D.C.
          + "(?:,\\s*[A-Z][a-z]{2,8}\\.?(?:\\s+\\d{1,2})?)?"  // , June 19
          + "\\s*(?:\\([A-Za-z.&’' ]{1,30}\\))?"               // (Reuters)
          + "\\s*[-–—:]+\\s+");
  private static final Pattern CREDIT = Pattern.compile(
      "(?<=[.!?\"”’)])\\s*(?:\\([A-Za-z.&’';, ]{1,60}\\)"
          + "|[-–—]+\\s*[A-Z][A-Za-z.&’' ]{1,30}"
          + "|(?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by [^.]{1,80}\\.?)\\s*$");

  private final List<Token> tokens;

  private SentenceTokens(List<Token> tokens) {
    this.tokens = List.copyOf(tokens);
  }

  /** Tokens of {@code sentence}, classified with {@code words}. */
  public static SentenceTokens of(String sentence, NearDuplicateWords words) {
    String core = strip(sentence);
    List<Token> out = new ArrayList<>();
    String folded = Normalizer.normalize(core, Normalizer.Form.NFKC);
    StringBuilder word = new StringBuilder();
    boolean capital = false;
    boolean first = true;
    for (int i = 0; i <= folded.length(); ) {
      int cp = i < folded.length() ? folded.codePointAt(i) : ' ';
      i += i < folded.length() ? Character.charCount(cp) : 1;
      if (Character.isLetterOrDigit(cp)) {
        if (word.length() == 0) {
          capital = Character.isUpperCase(cp);
        }
        word.appendCodePoint(Character.toLowerCase(cp));
      } else if (isBreak(cp) && word.length() > 0) {
        String w = word.toString();
        out.add(new Token(w, words.kindOf(w, capital, first)));
        first = false;
        word.setLength(0);
      }
    }
    return new SentenceTokens(out);
  }

  /** The sentence without a leading dateline and a trailing credit line. */
  static String strip(String sentence) {
    String s = DATELINE.matcher(sentence).replaceFirst("");
    return CREDIT.matcher(s).replaceFirst("");
  }

  private static boolean isBreak(int cp) {
    return Character.isWhitespace(cp) || cp == '-' || cp == '–' || cp == '—' || cp == '/' || cp == '\u00A0';
  }

  public List<Token> tokens() {
    return tokens;
  }

  public int size() {
    return tokens.size();
  }

  /** Word {@code n}-grams joined by spaces; single words when the sentence is shorter than n. */
  List<String> shingles(int n) {
    List<String> out = new ArrayList<>();
    if (tokens.size() < n) {
      tokens.forEach(t -> out.add(t.text()));
      return out;
    }
    for (int i = 0; i + n <= tokens.size(); i++) {
      StringBuilder b = new StringBuilder();
      for (int j = i; j < i + n; j++) {
        b.append(j > i ? " " : "").append(tokens.get(j).text());
      }
      out.add(b.toString());
    }
    return out;
  }

  @Override
  public String toString() {
    return tokens.stream().map(t -> t.text() + (t.kind() == Kind.WORD ? "" : "/" + t.kind().name().toLowerCase(Locale.ROOT)))
        .toList().toString();
  }
}
