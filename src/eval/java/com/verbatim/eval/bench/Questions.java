package com.verbatim.eval.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Questions for the benchmark. A hot stream repeats one question; a never-repeated stream makes the n-th
 * question from n alone: a question template and three names of the corpus (capitalized words inside
 * its sentences), chosen by the digits of n times a prime (modulo the number of questions, a bijection) in mixed
 * radix, so neighbouring n land far apart in the vocabulary. Distinct n give distinct strings, so the answer cache never serves one of them, and
 * every question is about words the corpus holds, so the search does real work.
 */
public final class Questions {

  private static final List<String> TEMPLATES = List.of(
      "Who did %s meet about %s and %s?",
      "What did %s say about %s and %s?",
      "When did %s discuss %s with %s?",
      "Why did %s and %s talk about %s?",
      "Where did %s announce %s for %s?",
      "How many %s did %s report on %s?",
      "How much did %s spend on %s and %s?",
      "Is %s linked to %s in %s?");

  private final List<String> words;

  private Questions(List<String> words) {
    if (words.size() < 3) {
      throw new IllegalArgumentException("need at least 3 words, got " + words.size());
    }
    this.words = words;
  }

  /**
   * Names of {@code texts}, at most {@code maxWords}, in first-seen order: capitalized words that do not start
   * a sentence (people, places, organizations, months: what news questions are about), 3 letters or more.
   */
  public static Questions fromTexts(List<String> texts, int maxWords) {
    Set<String> seen = new LinkedHashSet<>();
    for (String text : texts) {
      boolean sentenceStart = true;
      for (String token : text.split("\\s+")) {
        String word = token.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (!sentenceStart && word.length() >= 3 && Character.isUpperCase(word.charAt(0))
            && word.chars().allMatch(Character::isLetter) && seen.size() < maxWords) {
          seen.add(word);
        }
        sentenceStart = token.endsWith(".") || token.endsWith("?") || token.endsWith("!") || token.endsWith(":")
            || token.endsWith("\"");
      }
      sentenceStart = true;
    }
    return new Questions(new ArrayList<>(seen));
  }

  /** How many distinct questions there are. */
  public long size() {
    long v = words.size();
    return TEMPLATES.size() * v * v * v;
  }

  /** The n-th question; distinct for distinct {@code n} below {@link #size()}. */
  public String question(long n) {
    long size = size();
    long i = Math.floorMod(n, size) * stride(size) % size;
    long v = words.size();
    int t = (int) (i % TEMPLATES.size());
    long rest = i / TEMPLATES.size();
    String a = words.get((int) (rest % v));
    String b = words.get((int) (rest / v % v));
    String c = words.get((int) (rest / v / v % v));
    return String.format(Locale.ROOT, TEMPLATES.get(t), a, b, c);
  }

  /** A prime multiplier coprime with {@code size}: n -> n * stride mod size is then a bijection. */
  private static long stride(long size) {
    long p = 1_000_003;
    while (java.math.BigInteger.valueOf(p).gcd(java.math.BigInteger.valueOf(size)).longValue() != 1) {
      p = java.math.BigInteger.valueOf(p).nextProbablePrime().longValue();
    }
    return p;
  }

  /** The id of the n-th ask of a stream. */
  public static String idOf(long n) {
    return "b" + n;
  }

  /** A stream of ask frames: the n-th asks {@code question.apply(n)}, with the id {@link #idOf(long) idOf(n)}. */
  public static LongFunction<String> frames(LongFunction<String> question, int limit) {
    return n -> new io.vertx.core.json.JsonObject().put("type", "ask").put("id", idOf(n))
        .put("question", question.apply(n)).put("limit", limit).encode();
  }
}
