package com.verbatim.index;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of thing a question asks for, read from its question words. A sentence that holds a
 * token of that kind near the words it matched is more likely to answer.
 */
enum AnswerType {
  PERSON, TIME, PLACE, NUMBER, NONE;

  private static final Pattern NUMBER_Q = Pattern.compile("\\bhow (many|much|old|far|long|tall|big)\\b"
      + "|\\bwhat (percentage|percent|number|amount|share)\\b");
  private static final Pattern TIME_Q = Pattern.compile("\\bwhen\\b|\\bwhat (time|year|day|date|month)\\b"
      + "|\\bwhich (year|day|month)\\b|\\bhow soon\\b");
  private static final Pattern PERSON_Q = Pattern.compile("\\bwho(m|se)?\\b");
  private static final Pattern PLACE_Q = Pattern.compile("\\bwhere\\b|\\bwhat (country|city|place)\\b"
      + "|\\bwhich (country|city|place)\\b");

  /** The expected answer type of a question; {@link #NONE} when its words do not say. */
  static AnswerType of(String question) {
    String q = question.toLowerCase(Locale.ROOT);
    if (NUMBER_Q.matcher(q).find()) {
      return NUMBER;
    }
    if (TIME_Q.matcher(q).find()) {
      return TIME;
    }
    if (PERSON_Q.matcher(q).find()) {
      return PERSON;
    }
    if (PLACE_Q.matcher(q).find()) {
      return PLACE;
    }
    return NONE;
  }
}
