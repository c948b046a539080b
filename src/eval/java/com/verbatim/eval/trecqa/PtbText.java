package com.verbatim.eval.trecqa;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns Penn Treebank tokens back into running text, so the product's analyzer sees a sentence as a news page
 * writes it: {@code ``} and {@code ''} become {@code "}, {@code -LRB-}/{@code -RRB-} (and the square and curly
 * forms) brackets; clitics ({@code 's}, {@code n't}, {@code 're} ...), closing punctuation and the split-off tail
 * of a hyphenated word ({@code Philadelphia -based}) are glued to the word before, opening quotes, brackets and
 * {@code $} to the word after.
 */
public final class PtbText {

  private static final Map<String, String> SYMBOLS = Map.of("``", "\"", "''", "\"", "`", "'", "-LRB-", "(",
      "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}");
  /** Written with no space before: closing punctuation, closing quotes and brackets. */
  private static final Set<String> GLUE_LEFT = Set.of(",", ".", ":", ";", "?", "!", "%", "...", "''", "'",
      "-RRB-", "-RSB-", "-RCB-");
  /** PTB's split-off clitics, glued to the word before; compared lowercased. */
  private static final Set<String> CLITICS = Set.of("'s", "n't", "'re", "'ve", "'m", "'ll", "'d");
  /** Written with no space after: opening quotes and brackets, currency. */
  private static final Set<String> GLUE_RIGHT = Set.of("``", "`", "-LRB-", "-LSB-", "-LCB-", "$", "#");

  private PtbText() {
  }

  /** The tokens as one line of text. */
  public static String detokenize(List<String> tokens) {
    StringBuilder text = new StringBuilder();
    boolean glueNext = true;
    for (String token : tokens) {
      if (token.isEmpty()) {
        continue;
      }
      if (!glueNext && !gluesLeft(token)) {
        text.append(' ');
      }
      text.append(SYMBOLS.getOrDefault(token, token));
      glueNext = GLUE_RIGHT.contains(token);
    }
    return text.toString();
  }

  private static boolean gluesLeft(String token) {
    return GLUE_LEFT.contains(token) || CLITICS.contains(token.toLowerCase(Locale.ROOT))
        || !SYMBOLS.containsKey(token) && token.length() > 1 && token.charAt(0) == '-'
        && Character.isLetter(token.charAt(1));
  }
}
