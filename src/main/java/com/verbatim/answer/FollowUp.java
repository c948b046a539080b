package com.verbatim.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a follow-up question in the light of the questions before it, so "And Yellen?", "When?" or "What
 * about Taiwan?" are answered as "Who did Yellen meet?", "When did Blinken meet?" and "What is the most
 * important issue for Taiwan?". A question that stands on its own is left as it is. Plain rules over the
 * words, no model.
 */
public final class FollowUp {

  private static final Pattern ABOUT = Pattern.compile("(?i)^\\s*(?:and|but|also|so)?\\s*(?:what|how) about\\s+|"
      + "^\\s*(?:and|but|also)\\s+(?:for\\s+|of\\s+)?");
  private static final Pattern WH = Pattern.compile("(?i)^\\s*(?:and\\s+)?(who(?:m|se)?|what|when|where|why|which|"
      + "how(?: (?:old|long|much|many|far|big|soon|often))?)\\b");
  private static final Set<String> QUESTION_WORDS = Set.of("who", "whom", "whose", "what", "when", "where", "why",
      "which", "how", "old", "long", "much", "many", "far", "big", "soon", "often", "and", "then", "so", "but");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

  private FollowUp() {
  }

  /** The question to answer: {@code question} itself, or it read against the most recent of {@code context}. */
  public static String resolve(String question, List<String> context) {
    if (context.isEmpty()) {
      return question;
    }
    String previous = context.get(context.size() - 1).strip();
    Matcher wh = WH.matcher(question);
    if (wh.find() && topicWords(question).isEmpty()) {
      Matcher old = WH.matcher(previous);
      String body = old.find() ? previous.substring(old.end())
          : " " + Character.toLowerCase(previous.charAt(0)) + previous.substring(1);
      return capitalize(wh.group(1)) + body;
    }
    Matcher about = ABOUT.matcher(question);
    if (about.find()) {
      String rest = stripMark(question.substring(about.end()));
      List<String> names = names(rest, 0);
      List<String> before = names(previous, 1);
      if (!names.isEmpty() && !before.isEmpty()) {
        return previous.replace(before.get(before.size() - 1), String.join(" ", names));
      }
      return stripMark(previous) + " " + rest + "?";
    }
    return question;
  }

  /** Runs of capitalized words, from word {@code from} on (the first word of a question is capitalized anyway). */
  private static List<String> names(String text, int from) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int index = 0;
    StringBuilder run = new StringBuilder();
    while (m.find()) {
      String word = m.group();
      boolean name = index++ >= from && Character.isUpperCase(word.charAt(0));
      if (name) {
        run.append(run.length() == 0 ? "" : " ").append(word);
      } else if (run.length() > 0) {
        out.add(run.toString());
        run.setLength(0);
      }
    }
    if (run.length() > 0) {
      out.add(run.toString());
    }
    return out;
  }

  private static List<String> topicWords(String question) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(question);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (!QUESTION_WORDS.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }

  private static String stripMark(String text) {
    return text.strip().replaceAll("[?.!]+$", "").strip();
  }

  private static String capitalize(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
  }
}
