package com.verbatim.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Keys that make equal text equal: case, quote style, punctuation and spacing do not count.
 * Two sentences with the same {@link #sentenceKey} are the same sentence.
 */
public final class TextKeys {

  private TextKeys() {
  }

  /** Letters and digits of the text, lowercased, words separated by one space. */
  public static String normalize(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean pendingSpace = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.appendCodePoint(cp);
      } else if (Character.isWhitespace(cp) || cp == '-' || cp == '\u2013' || cp == '\u2014' || cp == '/') {
        pendingSpace = true;
      }
      // other punctuation (periods, quotes, apostrophes) is dropped in place: "U.S." -> "us"
    }
    return out.toString();
  }

  /** The key of a sentence: a hash of its normalized text. */
  public static String sentenceKey(String sentence) {
    return hash(normalize(sentence));
  }

  /** A hash of a whole body, normalized the same way. */
  public static String bodyHash(String body) {
    return hash(normalize(body));
  }

  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
