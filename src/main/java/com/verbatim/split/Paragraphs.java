package com.verbatim.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts an article body into its paragraphs as published. A body with blank lines (the extractor joins
 * HTML {@code <p>} blocks with one, and most plain-text news does the same) has one paragraph per
 * blank-line block; a body without any blank line has one paragraph per line, the form of wire copy and
 * of the shipped sample. Since a line break always ends a sentence, splitting each paragraph on its own
 * gives exactly the sentences of the whole body.
 */
public final class Paragraphs {

  private Paragraphs() {
  }

  /** The paragraphs of {@code text} in order, each stripped, none blank. */
  public static List<String> of(String text) {
    Objects.requireNonNull(text, "text");
    List<String> lines = text.lines().toList();
    boolean blankLines = hasBlankLineBetweenText(lines);
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (line.isBlank() || !blankLines) {
        flush(current, out);
      }
      if (!line.isBlank()) {
        current.append(current.length() > 0 ? "\n" : "").append(line);
      }
    }
    flush(current, out);
    return out;
  }

  private static boolean hasBlankLineBetweenText(List<String> lines) {
    boolean seenText = false;
    boolean blankAfterText = false;
    for (String line : lines) {
      if (line.isBlank()) {
        blankAfterText |= seenText;
      } else if (blankAfterText) {
        return true;
      } else {
        seenText = true;
      }
    }
    return false;
  }

  private static void flush(StringBuilder current, List<String> out) {
    String paragraph = current.toString().strip();
    if (!paragraph.isEmpty()) {
      out.add(paragraph);
    }
    current.setLength(0);
  }
}
