package com.verbatim.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Splits news text into sentences with hand-written rules tuned for English news: a line break
 * always ends a sentence (headlines carry no period), and a period, question mark, exclamation mark
 * or ellipsis ends one unless the rules below say otherwise.
 *
 * <ul>
 *   <li>Titles ({@code Mr.}, {@code Dr.}, {@code St.}) never end a sentence; {@code No. 10},
 *       {@code p. 55} and {@code Jan. 5} do not either.</li>
 *   <li>Ambiguous abbreviations ({@code U.S.}, {@code Co.}, an initial like {@code E.}) end one only
 *       when the next word is a common sentence starter: {@code "moved to the U.S. The move"} splits,
 *       {@code "U.S. President Joe Biden"} does not.</li>
 *   <li>A lower-case next word never follows a sentence end; closing quotes and brackets after the
 *       punctuation stay with the sentence they close.</li>
 *   <li>Ellipses follow MLA usage: {@code ". . ."} inside a sentence, four dots at its end.</li>
 *   <li>Lists on one line ({@code "1) First 2) Second"}) give one sentence per item.</li>
 * </ul>
 *
 * <p>One pass over the text, no regular expressions; immutable and safe to share between threads.
 */
public final class SentenceSplitter {

  /** First words of a sentence that starts with a time, as in "At 5 a.m. Mr. Smith went ...". */
  private static final Set<String> TIME_PREPOSITIONS =
      Set.of("at", "by", "until", "till", "from", "before", "after", "around", "about", "since", "on",
          "shortly", "between");

  private final SplitterWords words;

  /** A splitter with the built-in English word lists. */
  public SentenceSplitter() {
    this.words = SplitterWords.load();
  }

  /** Sentences of text in order, each trimmed, none empty. */
  public List<String> split(String text) {
    Objects.requireNonNull(text, "text");
    List<String> sentences = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isLineBreak(text.charAt(i))) {
        if (i > lineStart) {
          for (ListItems.Item item : ListItems.find(text, lineStart, i)) {
            splitSpan(text, item.start(), item.bodyStart(), item.end(), sentences);
          }
        }
        lineStart = i + 1;
      }
    }
    return sentences;
  }

  /** Splits {@code s[start, end)}, looking for sentence ends from {@code scanFrom} on. */
  private void splitSpan(String s, int start, int scanFrom, int end, List<String> out) {
    int sentenceStart = start;
    int i = scanFrom;
    while (i < end) {
      if (!isTerminator(s.charAt(i))) {
        i++;
        continue;
      }
      PunctuationRun cluster = PunctuationRun.read(s, i, end);
      int breakAt = breakAfter(s, cluster, sentenceStart, start, end);
      if (breakAt > 0) {
        add(s, sentenceStart, breakAt, out);
        sentenceStart = breakAt;
      }
      i = cluster.closeEnd();
    }
    add(s, sentenceStart, end, out);
  }

  /** Where the sentence ends if {@code cluster} ends it, or -1. */
  private int breakAfter(String s, PunctuationRun c, int sentenceStart, int spanStart, int end) {
    if (c.closeEnd() >= end || !isSpace(s.charAt(c.closeEnd()))) {
      return -1;
    }
    int next = c.closeEnd();
    while (next < end && isSpace(s.charAt(next))) {
      next++;
    }
    if (next >= end) {
      return -1;
    }
    NextWord nw = NextWord.read(s, next, end);
    if (c.isEllipsis()) {
      return ellipsisBreak(s, c, nw);
    }
    if (!c.isSinglePeriod()) {
      // ? and ! (also doubled: "Hello?!"), unless the sentence runs on: "Yahoo! in the ..."
      return nw.kind() == NextWord.Kind.LOWER ? -1 : c.closeEnd();
    }
    return periodBreak(s, c, nw, sentenceStart, spanStart) ? c.closeEnd() : -1;
  }

  private static int ellipsisBreak(String s, PunctuationRun c, NextWord nw) {
    if (nw.kind() != NextWord.Kind.UPPER || nw.paren()) {
      return -1;
    }
    boolean attached = c.start() > 0 && !isSpace(s.charAt(c.start() - 1));
    if (attached && c.runEnd() - c.start() == 1 && c.spacedDots() >= 3) {
      // "compounds. . . . The practice": the period ends it, the ellipsis opens the next one
      return c.runEnd();
    }
    if (!attached && c.dots() < 4 && !c.hasEllipsisChar()) {
      // a free-standing ". . ." marks an omission inside the sentence
      return -1;
    }
    return c.closeEnd();
  }

  private boolean periodBreak(String s, PunctuationRun c, NextWord nw, int sentenceStart, int spanStart) {
    if (nw.kind() == NextWord.Kind.LOWER) {
      return false;
    }
    int tokenStart = c.start();
    while (tokenStart > spanStart && !isSpace(s.charAt(tokenStart - 1))) {
      tokenStart--;
    }
    int wordStart = tokenStart;
    while (wordStart < c.start() && isOpener(s.charAt(wordStart))) {
      wordStart++;
    }
    int coreStart = c.start();
    while (coreStart > wordStart && !isJoiner(s.charAt(coreStart - 1))) {
      coreStart--;
    }
    String core = s.substring(coreStart, c.start());
    boolean upperOrDigit = nw.kind() == NextWord.Kind.UPPER || nw.kind() == NextWord.Kind.DIGIT;
    if (core.isEmpty()) {
      return upperOrDigit;
    }
    // an all-caps word is an acronym, not a listed abbreviation: "the FT. But", not "Ft. Worth"
    SplitterWords.Kind kind = isAcronym(core) ? SplitterWords.Kind.NONE : words.kindOf(core);
    if (kind == SplitterWords.Kind.TITLE) {
      return false;
    }
    if (kind == SplitterWords.Kind.NUMERIC && nw.kind() == NextWord.Kind.DIGIT) {
      return false;
    }
    if (isTime(core)) {
      return timeBreak(s, nw, sentenceStart, tokenStart);
    }
    boolean initial = wordStart == coreStart && isSingleLetter(core); // "E." but not "Jay-Z."
    boolean ambiguous = kind == SplitterWords.Kind.ABBREV || initial || isDotted(core);
    if (!ambiguous || c.closeEnd() > c.runEnd()) {
      // a closing quote or bracket after an abbreviation ends the phrase: "Cell Block H.\" Labour"
      return upperOrDigit;
    }
    if (initial && nw.initial()) {
      return false; // "J. K. Rowling"
    }
    return nw.kind() == NextWord.Kind.UPPER && words.isStarter(nw.word());
  }

  /**
   * After a.m. or p.m. a sentence starter ends the sentence, and so does another capitalised word
   * unless the sentence so far is only an opening time phrase ("At 5 a.m. Mr. Smith went ...").
   */
  private boolean timeBreak(String s, NextWord nw, int sentenceStart, int tokenStart) {
    if (nw.kind() != NextWord.Kind.UPPER) {
      return nw.kind() == NextWord.Kind.DIGIT;
    }
    if (words.isStarter(nw.word())) {
      return true;
    }
    return !isOpeningTimePhrase(s, sentenceStart, tokenStart);
  }

  /** Whether {@code s[from, to)} is at most three words, the first a preposition: "At 5", "Shortly after 5". */
  private static boolean isOpeningTimePhrase(String s, int from, int to) {
    int words = 0;
    int firstStart = -1;
    int firstEnd = -1;
    for (int i = from; i < to; i++) {
      boolean startsWord = !isSpace(s.charAt(i)) && (i == from || isSpace(s.charAt(i - 1)));
      if (startsWord && ++words > 3) {
        return false;
      }
      if (startsWord && words == 1) {
        firstStart = i;
      }
      if (words == 1 && firstEnd < 0 && (i + 1 == to || isSpace(s.charAt(i + 1)))) {
        firstEnd = i + 1;
      }
    }
    return words > 0 && TIME_PREPOSITIONS.contains(s.substring(firstStart, firstEnd).toLowerCase(Locale.ROOT));
  }

  private static boolean isTime(String core) {
    return core.length() == 3 && core.charAt(1) == '.'
        && (core.charAt(2) == 'm' || core.charAt(2) == 'M')
        && "aApP".indexOf(core.charAt(0)) >= 0;
  }

  private static boolean isAcronym(String core) {
    if (core.length() < 2) {
      return false;
    }
    for (int i = 0; i < core.length(); i++) {
      if (!Character.isUpperCase(core.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSingleLetter(String core) {
    return core.length() == 1 && Character.isLetter(core.charAt(0));
  }

  /** Letters in groups of one or two joined by periods: U.S, E.U, U.S.A, Ph.D, e.g. */
  private static boolean isDotted(String core) {
    int groups = 0;
    int run = 0;
    for (int i = 0; i < core.length(); i++) {
      char ch = core.charAt(i);
      if (Character.isLetter(ch)) {
        if (++run > 2) {
          return false;
        }
      } else if (ch == '.' && run > 0) {
        groups++;
        run = 0;
      } else {
        return false;
      }
    }
    return run > 0 && groups >= 1;
  }

  private static void add(String s, int from, int to, List<String> out) {
    String sentence = s.substring(from, to).strip();
    if (!sentence.isEmpty()) {
      out.add(sentence);
    }
  }

  public static boolean isTerminator(char c) {
    return c == '.' || c == '?' || c == '!' || c == '…' || c == '‼' || c == '⁇' || c == '⁈' || c == '⁉';
  }

  public static boolean isCloser(char c) {
    return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == '”' || c == '’' || c == '»';
  }

  static boolean isOpener(char c) {
    return c == '(' || c == '[' || c == '"' || c == '\'' || c == '“' || c == '‘' || c == '«';
  }

  /** Characters that join a word to an abbreviation: "Sino-U.S.", "ex-Co.". */
  private static boolean isJoiner(char c) {
    return c == '-' || c == '/' || c == '–' || c == '—';
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }
}
