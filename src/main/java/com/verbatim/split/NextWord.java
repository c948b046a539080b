package com.verbatim.split;

/**
 * The word after a possible sentence end, as {@link SentenceSplitter} judges it: its case, its
 * leading letters (for the sentence-starter list), and whether it opens with a bracket.
 *
 * @param kind    what its first letter or digit is, after any opening quotes and brackets
 * @param word    its leading letters ("It" for "It’s"); empty unless {@code kind} is UPPER or LOWER
 * @param paren   whether it opens with ( or [
 * @param initial whether it is itself an initial such as "K." in "J. K. Rowling"
 */
record NextWord(Kind kind, String word, boolean paren, boolean initial) {

  /** The first character class that matters for sentence ends. */
  enum Kind { UPPER, LOWER, DIGIT, OTHER }

  static NextWord read(String s, int start, int end) {
    int i = start;
    boolean paren = false;
    while (i < end && SentenceSplitter.isOpener(s.charAt(i))) {
      paren |= s.charAt(i) == '(' || s.charAt(i) == '[';
      i++;
    }
    if (i >= end) {
      return new NextWord(Kind.OTHER, "", paren, false);
    }
    char c = s.charAt(i);
    if (Character.isDigit(c)) {
      return new NextWord(Kind.DIGIT, "", paren, false);
    }
    if (!Character.isLetter(c)) {
      return new NextWord(Kind.OTHER, "", paren, false);
    }
    int j = i;
    while (j < end && Character.isLetter(s.charAt(j))) {
      j++;
    }
    boolean initial = j - i == 1 && j < end && s.charAt(j) == '.';
    Kind kind = Character.isLowerCase(c) ? Kind.LOWER : Kind.UPPER;
    return new NextWord(kind, s.substring(i, j), paren, initial);
  }
}
