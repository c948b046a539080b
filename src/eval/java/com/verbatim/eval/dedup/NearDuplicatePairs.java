package com.verbatim.eval.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes labelled sentence pairs from real sentences. A must-merge pair is the sentence and a copy
 * with one to three edits another outlet would make (quote style, U.S./US, a word dropped or
 * added, "%" as "per cent", "said" as "says", a dateline, a credit line). A must-not-merge pair is
 * the sentence and a copy with one change of meaning (a number, a day or month, a name, a negation
 * added or removed, a direction word swapped), often plus one harmless edit so that only the
 * meaning tells them apart. Deterministic for a given seed.
 */
final class NearDuplicatePairs {

  /** One labelled pair; {@code kind} names the edits or the change of meaning. */
  record Pair(String a, String b, boolean same, String kind) {}

  private static final List<String> DATELINES = List.of("LONDON (Reuters) - ", "WASHINGTON (AP) — ",
      "NEW YORK, March 3 (Reuters) - ", "PARIS (AFP) - ", "BRUSSELS — ", "SYDNEY: ");
  private static final List<String> CREDITS = List.of(" (AP)", " (Reuters)", " - AFP",
      " Reporting by Jane Smith; Editing by Tom Brown", " (Additional reporting by Ali Khan)");
  private static final List<String> FILLERS = List.of("also", "now", "reportedly", "recently", "currently", "indeed",
      "still", "really");
  private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "June", "July", "August",
      "September", "October", "November", "December");
  private static final Map<String, String> OPPOSITES = Map.ofEntries(Map.entry("rose", "fell"),
      Map.entry("fell", "rose"), Map.entry("rise", "fall"), Map.entry("fall", "rise"), Map.entry("up", "down"),
      Map.entry("down", "up"), Map.entry("increased", "decreased"), Map.entry("won", "lost"),
      Map.entry("lost", "won"), Map.entry("higher", "lower"), Map.entry("lower", "higher"),
      Map.entry("more", "less"), Map.entry("before", "after"), Map.entry("after", "before"),
      Map.entry("gained", "lost"), Map.entry("accepted", "rejected"), Map.entry("rejected", "accepted"),
      Map.entry("approved", "rejected"), Map.entry("beat", "lost to"), Map.entry("support", "oppose"),
      Map.entry("supported", "opposed"), Map.entry("best", "worst"), Map.entry("strong", "weak"),
      Map.entry("above", "below"), Map.entry("boosted", "cut"), Map.entry("jumped", "slumped"));
  private static final Pattern AUXILIARY = Pattern.compile(
      "\\b(is|was|were|are|will|would|could|can|has|have|had|should|must|did|does)\\b(?! not)");
  private static final Pattern NEGATED = Pattern.compile("\\b(not |never )|n[’']t\\b");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern WORD = Pattern.compile("(?<=\\s)[a-z]{3,}(?=[\\s,])");
  private static final Set<String> MEANINGFUL = Set.of("not", "no", "never", "nor", "without", "more", "less",
      "rose", "fell", "up", "down", "before", "after", "over", "under", "first", "last", "next", "most", "few",
      "many", "higher", "lower", "won", "lost", "against", "for", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "hundred", "thousand", "million", "billion", "today", "yesterday",
      "tomorrow", "tonight", "weekend", "half", "several", "nobody", "nothing", "none", "cannot");

  private final Random random;
  private final List<String> names;
  private final Predicate<String> plainWord;
  private final Map<String, Integer> madeByKind = new java.util.HashMap<>();

  /**
   * @param names     names to put in place of others
   * @param plainWord whether a word may be dropped without changing what a sentence says
   */
  NearDuplicatePairs(long seed, List<String> names, Predicate<String> plainWord) {
    this.random = new Random(seed);
    this.names = names;
    this.plainWord = plainWord;
  }

  /** A lightly edited copy: one to three harmless edits; null when none applies. */
  Pair mustMerge(String sentence) {
    String b = sentence;
    List<String> kinds = new ArrayList<>();
    int wanted = 1 + random.nextInt(3);
    List<String> chosen = new ArrayList<>();
    for (int attempt = 0; attempt < 12 && chosen.size() < wanted; attempt++) {
      String kind = List.of("quotes", "us", "drop", "add", "percent", "says", "dateline", "credit")
          .get(random.nextInt(8));
      if (!chosen.contains(kind)) {
        chosen.add(kind);
      }
    }
    // edits inside the sentence first, then the dateline and the credit around it
    chosen.sort(java.util.Comparator.comparing(k -> k.equals("dateline") || k.equals("credit")));
    for (String kind : chosen) {
      String edited = harmless(kind, b);
      if (edited != null && !edited.equals(b)) {
        b = edited;
        kinds.add(kind);
      }
    }
    return kinds.isEmpty() ? null : new Pair(sentence, b, true, String.join("+", kinds));
  }

  /** A copy with one change of meaning, maybe plus one harmless edit; null when none applies. */
  Pair mustNotMerge(String sentence) {
    List<String> order = new ArrayList<>(List.of("number", "date", "name", "negation", "direction"));
    java.util.Collections.shuffle(order, random);
    order.sort(java.util.Comparator.comparing(k -> madeByKind.getOrDefault(k, 0))); // keep the kinds balanced
    for (String kind : order) {
      String b = meaning(kind, sentence);
      if (b != null && !b.equals(sentence)) {
        madeByKind.merge(kind, 1, Integer::sum);
        String extra = random.nextBoolean() ? harmless(random.nextBoolean() ? "quotes" : "dateline", b) : null;
        return new Pair(sentence, extra != null ? extra : b, false, kind);
      }
    }
    return null;
  }

  private String harmless(String kind, String s) {
    return switch (kind) {
      case "quotes" -> s.contains("\"") ? curl(s) : s.contains("“") ? s.replace('“', '"').replace('”', '"') : null;
      case "us" -> s.contains(" US ") ? s.replaceFirst(" US ", " U.S. ")
          : s.contains(" UK ") ? s.replaceFirst(" UK ", " U.K. ") : s.contains("U.S.") ? s.replaceFirst("U\\.S\\.", "US") : null;
      case "drop" -> dropWord(s);
      case "add" -> addWord(s);
      case "percent" -> s.matches(".*\\d%.*") ? s.replaceFirst("(\\d)%", "$1 per cent") : null;
      case "says" -> s.contains(" said ") ? s.replaceFirst(" said ", " says ") : null;
      case "dateline" -> pick(DATELINES) + s;
      case "credit" -> s + pick(CREDITS);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private String meaning(String kind, String s) {
    return switch (kind) {
      case "number" -> replaceOne(s, NUMBER, m -> !m.isEmpty(), m -> String.valueOf(Long.parseLong(
          m.length() > 9 ? m.substring(0, 9) : m) + 1 + random.nextInt(9)));
      case "date" -> swapListed(s, random.nextBoolean() ? DAYS : MONTHS);
      case "name" -> replaceOne(s, Pattern.compile("(?<=\\s)[A-Z][a-z]{2,}(?=[\\s,.’'])"),
          w -> names.contains(w), w -> pickOther(names, w));
      case "negation" -> negate(s);
      case "direction" -> replaceOne(s, Pattern.compile("\\b[a-z]+\\b"), OPPOSITES::containsKey, OPPOSITES::get);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private String negate(String s) {
    Matcher negated = NEGATED.matcher(s);
    if (negated.find()) {
      return s.substring(0, negated.start()) + s.substring(negated.end());
    }
    Matcher aux = AUXILIARY.matcher(s);
    return aux.find() ? s.substring(0, aux.end()) + " not" + s.substring(aux.end()) : null;
  }

  private String swapListed(String s, List<String> list) {
    for (String word : list) {
      if (Pattern.compile("\\b" + word + "\\b").matcher(s).find()) {
        return s.replaceFirst("\\b" + word + "\\b", pickOther(list, word));
      }
    }
    return null;
  }

  private String dropWord(String s) {
    return replaceOne(s, WORD, w -> !MEANINGFUL.contains(w) && plainWord.test(w), w -> "\u0000");
  }

  private String addWord(String s) {
    List<Integer> spaces = new ArrayList<>();
    for (int i = 1; i < s.length() - 1; i++) {
      if (s.charAt(i) == ' ' && Character.isLowerCase(s.charAt(i + 1))) {
        spaces.add(i);
      }
    }
    if (spaces.isEmpty()) {
      return null;
    }
    int at = spaces.get(random.nextInt(spaces.size()));
    return s.substring(0, at) + " " + pick(FILLERS) + s.substring(at);
  }

  /** Replaces one randomly chosen match that {@code ok} accepts; "\0" as replacement drops the word. */
  private String replaceOne(String s, Pattern p, Predicate<String> ok, java.util.function.UnaryOperator<String> by) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      if (ok.test(m.group())) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    if (spans.isEmpty()) {
      return null;
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    String replacement = by.apply(s.substring(span[0], span[1]));
    if (replacement.equals("\u0000")) {
      return (s.substring(0, span[0]) + s.substring(span[1])).replace("  ", " ");
    }
    return s.substring(0, span[0]) + replacement + s.substring(span[1]);
  }

  private static String curl(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean open = true;
    for (char c : s.toCharArray()) {
      if (c == '"') {
        out.append(open ? '“' : '”');
        open = !open;
      } else {
        out.append(c == '\'' ? '’' : c);
      }
    }
    return out.toString();
  }

  private String pick(List<String> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String pickOther(List<String> list, String not) {
    String other;
    do {
      other = pick(list);
    } while (other.equals(not) && list.size() > 1);
    return other;
  }
}
