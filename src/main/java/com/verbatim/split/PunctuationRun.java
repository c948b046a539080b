package com.verbatim.split;

/**
 * A run of sentence-ending punctuation as {@link SentenceSplitter} sees it: the attached run
 * ({@code "."}, {@code "?!"}, {@code "...."}), then spaced dots ({@code " . . ."}), then closing
 * quotes and brackets. Indexes are into the text being split.
 *
 * @param start      first punctuation character
 * @param runEnd     end of the attached run
 * @param spacedDots how many {@code " ."} pairs follow the run
 * @param closeEnd   end of the closing quotes and brackets after it all
 * @param dots       periods in the run and the spaced dots together
 * @param hasEllipsisChar whether the run holds {@code '…'}
 * @param hasMark    whether the run holds a question or exclamation mark
 */
record PunctuationRun(int start, int runEnd, int spacedDots, int closeEnd, int dots, boolean hasEllipsisChar,
    boolean hasMark) {

  static PunctuationRun read(String s, int start, int end) {
    int runEnd = start;
    int dots = 0;
    boolean ellipsisChar = false;
    boolean mark = false;
    while (runEnd < end && SentenceSplitter.isTerminator(s.charAt(runEnd))) {
      char c = s.charAt(runEnd++);
      if (c == '.') {
        dots++;
      } else if (c == '…') {
        ellipsisChar = true;
      } else {
        mark = true;
      }
    }
    int dotsEnd = runEnd;
    int spaced = 0;
    while (dotsEnd + 1 < end && s.charAt(dotsEnd) == ' ' && s.charAt(dotsEnd + 1) == '.') {
      dotsEnd += 2;
      spaced++;
    }
    int closeEnd = dotsEnd;
    while (closeEnd < end && SentenceSplitter.isCloser(s.charAt(closeEnd))) {
      closeEnd++;
    }
    return new PunctuationRun(start, runEnd, spaced, closeEnd, dots + spaced, ellipsisChar, mark);
  }

  /** Two or more periods, or the ellipsis character. */
  boolean isEllipsis() {
    return dots >= 2 || hasEllipsisChar;
  }

  /** Exactly one period and nothing else. */
  boolean isSinglePeriod() {
    return dots == 1 && !hasMark && !hasEllipsisChar;
  }
}
