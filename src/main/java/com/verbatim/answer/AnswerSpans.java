package com.verbatim.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the spans of a sentence that can answer a question of some {@link QuestionKind}: an age ("aged 61",
 * "the 26-year-old", "Knight, 39,"), a duration ("for three years", "a 5-1/2 hour meeting"), an amount
 * ("£9m", "76%"), a count, a date, a place, a name, a reason clause ("because ...", "after ..."). Spans are
 * {@code [start, end)} character ranges, in order, not overlapping. Rules, not a model: they are read off how
 * news copy writes these things. Immutable and thread-safe.
 */
public final class AnswerSpans {

  private static final String NUMBER_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
      + "|eighty|ninety|hundred|a hundred|a dozen|dozens|hundreds|thousands|millions|several|a few|half a";
  private static final String NUMBER = "(?:\\d(?:[\\d,.]*\\d)?(?:-\\d/\\d|½)?(?:\\s?(?:m|bn|k|million|billion|trillion))?"
      + "|(?:" + NUMBER_WORD + ")(?:[- ](?:" + NUMBER_WORD + "))?)";
  private static final String UNIT = "(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|season)s?";

  private static final Pattern AGE = Pattern.compile("(?i)\\b(?:aged|age of|at the age of)\\s+\\d{1,3}\\b"
      + "|\\b\\d{1,3}-year-old\\b|\\b\\d{1,3} years? old\\b|\\b(?:in (?:his|her|their) )(?:early |late |mid-)?\\d0s\\b"
      + "|(?<=\\p{L}, )\\d{1,3}(?=,)|\\bat \\d{2}\\b(?! (?:am|pm|per|%))");
  private static final Pattern DURATION = Pattern.compile("(?i)(?<![\\w.,])(?:" + NUMBER + ")"
      + "(?:[- ](?:consecutive|full|straight|more))?[- ]" + UNIT + "\\b(?:[- ]long)?"
      + "|\\b(?:a|an|one)[- ]" + UNIT.replace("s?", "") + "\\b(?:[- ]long)?");
  private static final Pattern MONEY = Pattern.compile("(?i)[$£€¥]\\s?\\d[\\d,.]*(?:\\s?(?:m|bn|k|million|billion"
      + "|trillion)\\b)?|\\b\\d[\\d,.]*\\s?(?:m|bn|million|billion)?\\s?(?:euros?|dollars?|pounds?|yen|yuan|rupees?)\\b"
      + "|\\b\\d[\\d,.]*\\s?(?:%|per cent|percent)|\\b\\d[\\d,.]*(?:p|c)\\b");
  private static final Pattern COUNT = Pattern.compile("(?i)(?<![\\w$£€])" + NUMBER + "(?![\\w%])");
  private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d(?:s)?\\b");
  private static final Pattern DATE = Pattern.compile("(?i)\\b(?:(?:on|by|in|since|from|until|last|next|this|"
      + "early|late|mid-?)\\s)?(?:\\d{1,2}(?:st|nd|rd|th)? )?(?:january|february|march|april|may|june|july|august"
      + "|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
      + "(?: \\d{1,2}(?:st|nd|rd|th)?)?(?:,? (?:1[89]|20)\\d\\d)?\\b"
      + "|\\b(?:in|since|by|from|until|during)\\s(?:the )?(?:(?:early|late|mid-?) ?)?(?:1[89]|20)\\d\\d(?:s)?\\b"
      + "|\\b(?:last|next|this) (?:week|month|year|season|summer|winter|spring|autumn|weekend)\\b"
      + "|\\b(?:yesterday|today|tomorrow|tonight)\\b");
  private static final Pattern NAME = Pattern.compile("\\b(?:[A-Z][\\p{L}'’.-]+|[A-Z]{2,})(?:\\s+(?:of |de |van |von |"
      + "la |del |the )?(?:[A-Z][\\p{L}'’.-]+|[A-Z]{2,}))*");
  private static final Pattern PLACE_AFTER = Pattern.compile("\\b(?:in|at|near|from|to|outside|across) (?:the )?"
      + "((?:[A-Z][\\p{L}'’.-]+)(?:\\s+(?:[A-Z][\\p{L}'’.-]+))*)");
  private static final Pattern REASON = Pattern.compile("(?i)\\b(?:because(?: of)?|due to|owing to|as a result of|"
      + "thanks to|in order to|so that|after|following|amid|since|for|as|said (?:it|he|she|they) (?:was|were|had)|"
      + "blamed|caused by|led to|ruled that|found that|on the grounds that|in recognition of|in protest)\\b"
      + "[^.;:!?]*");
  private static final Pattern ROLE = Pattern.compile("(?i)\\b(?:officials?|diplomats?|ministers?|president|"
      + "leaders?|spokes(?:man|woman|person)|chief executive|chairman|chairwoman|director|ambassador|envoy|"
      + "counterparts?|secretary|chancellor|manager|coach|captain|founder|owner|police|judges?|jury)\\b");
  private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "But", "And", "In", "On", "At", "It", "He",
      "She", "They", "We", "I", "This", "That", "These", "Those", "Mr", "Mrs", "Ms", "Dr", "Sir", "If", "When",
      "While", "However", "Meanwhile", "Its", "His", "Her", "Their", "Our", "There", "After", "Before", "As", "For",
      "Last", "Next", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
      "February", "March", "April", "June", "July", "August", "September", "October", "November", "December");

  private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s?$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Places places;

  public AnswerSpans(Places places) {
    this.places = places;
  }

  /**
   * A span that the rules found in a sentence, before the question is known: it answers unless every word of
   * {@code unlessAsked} is a word of the question (null: it answers whatever the question).
   */
  public record Found(int start, int end, String unlessAsked) {
  }

  /**
   * The spans of {@code sentence} of the kind's type; {@code asked} holds lowercase words of the question,
   * and a name or place the question itself names is not an answer to it.
   */
  public List<int[]> find(QuestionKind kind, String sentence, Set<String> asked) {
    return answering(found(kind, sentence), asked);
  }

  /**
   * What the rules of the kind find in {@code sentence}, whatever the question: it depends on the sentence alone,
   * so a caller may keep it for the next question of the kind ({@link #answering} finishes the work).
   */
  public List<Found> found(QuestionKind kind, String sentence) {
    List<Found> out = new ArrayList<>();
    switch (kind) {
      case HOW_OLD -> add(out, AGE, sentence);
      case HOW_LONG -> add(out, DURATION, sentence);
      case HOW_MUCH -> add(out, MONEY, sentence);
      case HOW_MANY -> numbers(out, sentence);
      case WHEN -> {
        add(out, DATE, sentence);
        add(out, YEAR, sentence);
      }
      case WHERE -> places(out, sentence);
      case WHO -> {
        names(out, sentence);
        roles(out, sentence);
      }
      case WHY -> add(out, REASON, sentence);
      default -> {
      }
    }
    return List.copyOf(out);
  }

  /**
   * The spans of {@link #found} that answer a question of words {@code asked}: in order, not overlapping, as
   * {@link #find} gives them.
   */
  public static List<int[]> answering(List<Found> found, Set<String> asked) {
    List<int[]> out = new ArrayList<>(found.size());
    for (Found f : found) {
      if (f.unlessAsked() == null || !isAsked(f.unlessAsked(), asked)) {
        out.add(new int[] {f.start(), f.end()});
      }
    }
    out.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    return merged(out);
  }

  private static void add(List<Found> out, Pattern pattern, String s) {
    Matcher m = pattern.matcher(s);
    while (m.find()) {
      int start = m.start();
      while (start < m.end() && Character.isWhitespace(s.charAt(start))) {
        start++;
      }
      if (start < m.end()) {
        out.add(new Found(start, m.end(), null));
      }
    }
  }

  /** Counts: numbers that are not years, money or percentages. */
  private static void numbers(List<Found> out, String s) {
    List<Found> money = new ArrayList<>();
    add(money, MONEY, s);
    Matcher m = COUNT.matcher(s);
    while (m.find()) {
      String token = m.group().strip();
      if (token.isEmpty() || YEAR.matcher(token).matches() || overlaps(money, m.start(), m.end())) {
        continue;
      }
      out.add(new Found(m.start(), m.end(), null));
    }
  }

  private void places(List<Found> out, String s) {
    Matcher m = PLACE_AFTER.matcher(s);
    while (m.find()) {
      if (!NOT_NAMES.contains(m.group(1))) {
        out.add(new Found(m.start(1), m.end(1), m.group(1)));
      }
    }
    Matcher names = NAME.matcher(s);
    while (names.find()) {
      String name = names.group();
      if (places.contains(name)) {
        out.add(new Found(names.start(), names.end(), name));
      }
    }
  }

  /** Names of people and organisations: capitalized runs that are not places, days or months. */
  private void names(List<Found> out, String s) {
    Matcher m = NAME.matcher(s);
    while (m.find()) {
      String name = POSSESSIVE_END.matcher(m.group()).replaceAll("");
      String first = SPACES.split(name)[0];
      if (NOT_NAMES.contains(name) || places.contains(name)) {
        continue;
      }
      if (m.start() == 0 && !name.contains(" ")) {
        continue; // a capitalized first word is only a sentence start
      }
      if (NOT_NAMES.contains(first) && !name.contains(" ")) {
        continue;
      }
      out.add(new Found(m.start(), m.end(), name));
    }
  }

  /** Words for people by their role ("officials", "chief executive"), when the question does not use them. */
  private static void roles(List<Found> out, String s) {
    Matcher m = ROLE.matcher(s);
    while (m.find()) {
      out.add(new Found(m.start(), m.end(), m.group()));
    }
  }

  /** Whether every word of the span is a word of the question. */
  private static boolean isAsked(String span, Set<String> asked) {
    for (String word : NOT_WORD.split(span.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty() && !asked.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlaps(List<Found> spans, int start, int end) {
    return spans.stream().anyMatch(r -> r.start() < end && start < r.end());
  }

  private static List<int[]> merged(List<int[]> sorted) {
    List<int[]> out = new ArrayList<>();
    for (int[] r : sorted) {
      if (!out.isEmpty() && r[0] < out.get(out.size() - 1)[1]) {
        int[] last = out.get(out.size() - 1);
        last[1] = Math.max(last[1], r[1]);
      } else {
        out.add(r.clone());
      }
    }
    return out;
  }

  /** Place names: countries and the listed regions and cities, as written (case-insensitive). */
  public interface Places {
    boolean contains(String name);
  }
}
