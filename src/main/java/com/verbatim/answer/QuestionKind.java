package com.verbatim.answer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks for, read from its question words: a person or organisation, a time, a place, a
 * reason, an age, a duration, an amount, a count, a yes or no, or something else. The words that only say
 * what kind of answer is wanted ({@code long} in "how long", {@code old} in "how old") are not part of the
 * question's topic: {@link #typeWords()} names them so coverage does not ask the answer to repeat them.
 */
public enum QuestionKind {
  WHO, WHEN, WHERE, WHY, HOW_OLD, HOW_LONG, HOW_MUCH, HOW_MANY, YES_NO, OTHER;

  /** A word between "which" and its noun that is not a verb or an article ("which Indian software firm"). */
  private static final String NOT_VERB =
      "(?!(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|the|a|an)\\b)";
  private static final Pattern HOW = Pattern.compile("\\bhow (old|long|much|many|far|big|tall|soon|often|quickly)\\b"
      + "|\\b(?:what|which) (age)\\b");
  private static final Pattern WHAT_TIME = Pattern.compile("\\b(what|which) (time|year|day|date|month|season)\\b"
      + "|\\bwhen\\b|\\bhow soon\\b");
  private static final Pattern WHAT_PLACE = Pattern.compile("\\b(what|which)\\s+(?:" + NOT_VERB
      + "[\\p{L}-]+\\s+){0,2}(country|city|town|place|region|state|venue|stadium|ground|county|capital)\\b|\\bwhere\\b");
  /** Nouns of a person or an organisation, after "which" or "what" and at most two other words. */
  private static final String ROLES = "company|firm|minister|politician|leader|boss|chief|executive|manager|coach"
      + "|director|chairman|president|footballer|striker|bank|broadcaster|newspaper|airline|retailer|manufacturer"
      + "|website|agency|artist|musician|author|writer|producer|comedian|presenter|player|actor|actress|singer"
      + "|club|team|band|party";
  private static final Pattern WHO_Q = Pattern.compile("\\bwho(m|se)?\\b|\\b(which|what) (group|person|man|woman"
      + "|country's)\\b|\\b(?:which|what) (?:(?!(?:kind|type|sort)\\b)" + NOT_VERB + "[\\p{L}-]+ ){0,2}(?:" + ROLES
      + ")s?\\b");
  private static final Pattern WHY_Q = Pattern.compile("\\bwhy\\b|\\bwhat (caused|made|led)\\b|\\bfor what reason\\b");
  /** "what" and the verb "be" and a determiner or possessive before the noun that names the answer's type. */
  private static final String WHAT_THE = "\\bwhat (?:(?:is|was|were|are|will|would|be|has|had|been) )*"
      + "(?:(?:the|its|his|her|their|a|an) )?(?:(?!(?:do|does|did)\\b)[\\p{L}'’-]+ ){0,3}";
  private static final Pattern AMOUNT = Pattern.compile("\\bhow (?:price|cost|salary|fee|fine|sum)\\b|" + WHAT_THE
      + "(?:price|prices|cost|costs|salary|fee|fine|value|worth|budget|bill|wage|pay|bonus|prize|compensation"
      + "|damages|percentage|percent|share|amount|rate)\\b");
  private static final Pattern COUNT = Pattern.compile(WHAT_THE + "(?:number|total|population|attendance|capacity)\\b");
  private static final Pattern TAKE_PLACE = Pattern.compile("\\b(?:take|takes|took|taken|taking) place\\b");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}']+");
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "do", "does", "did", "has",
      "have", "had", "can", "could", "will", "would", "should", "shall", "may", "might", "must");

  /** The kind of a question; {@link #OTHER} when its words do not say. */
  public static QuestionKind of(String question) {
    String q = question.toLowerCase(Locale.ROOT).strip();
    Matcher how = HOW.matcher(q);
    if (how.find()) {
      String word = how.group(1) != null ? how.group(1) : how.group(2);
      return switch (word) {
        case "old", "age" -> HOW_OLD;
        case "long", "soon", "often", "quickly" -> HOW_LONG;
        case "much", "big", "tall", "far" -> HOW_MUCH;
        default -> HOW_MANY;
      };
    }
    if (WHY_Q.matcher(q).find()) {
      return WHY;
    }
    if (WHAT_TIME.matcher(q).find()) {
      return WHEN;
    }
    if (WHAT_PLACE.matcher(q).find()) {
      return WHERE;
    }
    if (AMOUNT.matcher(q).find()) {
      return HOW_MUCH;
    }
    if (COUNT.matcher(q).find()) {
      return HOW_MANY;
    }
    if (WHO_Q.matcher(q).find()) {
      return WHO;
    }
    String first = NOT_WORD.split(q, 2)[0];
    return AUXILIARIES.contains(first) ? YES_NO : OTHER;
  }

  /**
   * {@link #typeWords()} of this question: "take place" in a where or when question only asks for the place
   * or the time ("where will the meeting take place?" is answered by "a meeting in Washington").
   */
  public Set<String> typeWords(String question) {
    if ((this == WHERE || this == WHEN) && TAKE_PLACE.matcher(question.toLowerCase(Locale.ROOT)).find()) {
      Set<String> words = new HashSet<>(typeWords());
      words.addAll(Set.of("take", "takes", "took", "taken", "taking", "place"));
      return words;
    }
    return typeWords();
  }

  /** Words that only name the kind of answer wanted; they need not appear in the answer. */
  public Set<String> typeWords() {
    return switch (this) {
      case HOW_OLD -> Set.of("old", "age");
      case HOW_LONG -> Set.of("long", "soon", "often", "time", "quickly");
      case HOW_MUCH -> Set.of("much", "big", "tall", "far", "cost", "price", "amount");
      case HOW_MANY -> Set.of("many", "number");
      case WHEN -> Set.of("time", "year", "day", "date", "month");
      case WHERE -> Set.of("place", "city", "country", "town");
      default -> Set.of();
    };
  }
}
