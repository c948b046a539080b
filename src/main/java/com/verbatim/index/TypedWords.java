package com.verbatim.index;

import com.verbatim.config.WordLists;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells whether a word, as written, can be the answer to a question of some {@link AnswerType}. */
final class TypedWords {

  private static final Set<String> MONTHS_AND_DAYS = Set.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tomorrow", "tonight", "morning",
      "evening", "afternoon", "night", "week", "weekend", "month", "year", "decade", "century", "ago", "later",
      "earlier", "since", "until", "season", "spring", "summer", "autumn", "winter", "am", "pm", "a.m", "p.m");
  private static final Set<String> PERSON_WORDS = Set.of("official", "officials", "diplomat", "diplomats",
      "president", "minister", "secretary", "leader", "leaders", "spokesman", "spokeswoman", "spokesperson",
      "ambassador", "chancellor", "king", "queen", "prince", "princess", "premier", "envoy", "counterpart",
      "ceo", "chairman", "chairwoman", "director", "governor", "senator", "mayor", "general", "judge", "police",
      "officer", "manager", "coach", "player", "founder", "author", "writer", "actor", "actress", "singer",
      "scientist", "doctor", "inventor", "pope", "emperor", "team", "company", "government", "party");
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
      "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "dozen", "dozens",
      "half", "percent", "per", "first", "second", "third");
  private static final Set<String> PLACES = places();
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "to", "into", "across");
  private static final Pattern YEAR = Pattern.compile("(1[0-9]|20)\\d\\d(s)?");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");
  private static final Pattern NUMBER = Pattern.compile("[$£€]?\\d[\\d.,/-]*%?");

  private TypedWords() {
  }

  /** The words of every country name the JDK knows, plus the listed demonyms, regions and cities. */
  private static Set<String> places() {
    Set<String> places = new HashSet<>(WordLists.lines("/index/places.txt"));
    Set<String> glue = Set.of("and", "of", "the", "islands", "island", "republic", "saint", "st");
    for (String code : Locale.getISOCountries()) {
      String country = new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
      for (String word : country.split("[^\\p{L}]+")) {
        if (!word.isEmpty() && !glue.contains(word)) {
          places.add(word);
        }
      }
    }
    return Set.copyOf(places);
  }

  /** Whether every word of {@code name} is a known place word ("South Korea", "Baghdad"). */
  static boolean isPlace(String name) {
    String[] words = NOT_LETTER.split(name.toLowerCase(Locale.ROOT));
    return words.length > 0 && Arrays.stream(words).allMatch(w -> w.isEmpty() || PLACES.contains(w));
  }

  /**
   * Whether {@code word} (as written, at {@code index} in its sentence, after {@code previous})
   * is of the type; capitalized words count as names except at the start of the sentence.
   */
  static boolean matches(AnswerType type, String word, int index, String previous) {
    String lower = word.toLowerCase(Locale.ROOT);
    boolean name = index > 0 && Character.isUpperCase(word.charAt(0)) && !MONTHS_AND_DAYS.contains(lower);
    boolean place = name && PLACES.contains(lower);
    return switch (type) {
      case PERSON -> name && !place || PERSON_WORDS.contains(lower);
      case TIME -> MONTHS_AND_DAYS.contains(lower) || TIME_WORDS.contains(lower) || YEAR.matcher(word).matches();
      case PLACE -> place
          || name && previous != null && PLACE_PREPOSITIONS.contains(previous.toLowerCase(Locale.ROOT));
      case NUMBER -> NUMBER.matcher(word).matches() || NUMBER_WORDS.contains(lower);
      case NONE -> false;
    };
  }
}
