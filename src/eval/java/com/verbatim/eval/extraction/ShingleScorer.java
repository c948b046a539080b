package com.verbatim.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark scorer (upstream {@code evaluate.py}, as its README describes):
 * {@code \w+} tokens, multisets of 4-token shingles, per-page TP/FP/FN normalized by their sum,
 * precision macro-averaged over pages with output, recall over pages with truth, F1 the harmonic
 * mean of the two macro values; accuracy is an exact token-sequence match.
 */
public final class ShingleScorer {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int N = 4;

  /** One page's normalized counts; precision or recall is null where undefined. */
  public record Page(double tp, double fp, double fn, Double precision, Double recall, boolean exact) {
  }

  /** Macro scores over pages. */
  public record Scores(double precision, double recall, double f1, double accuracy) {
  }

  private ShingleScorer() {
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < N) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + N <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return out;
  }

  public static Page page(String truth, String predicted) {
    List<String> t = tokens(truth);
    List<String> p = tokens(predicted);
    Map<List<String>, Integer> ts = shingles(t);
    Map<List<String>, Integer> ps = shingles(p);
    Set<List<String>> all = new HashSet<>(ts.keySet());
    all.addAll(ps.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> s : all) {
      int tc = ts.getOrDefault(s, 0);
      int pc = ps.getOrDefault(s, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      tp /= sum;
      fp /= sum;
      fn /= sum;
    }
    Double precision;
    Double recall;
    if (fp == 0 && fn == 0 && sum > 0) {
      precision = 1.0;
      recall = 1.0;
    } else {
      precision = tp + fp > 0 ? tp / (tp + fp) : null;
      recall = tp + fn > 0 ? tp / (tp + fn) : null;
    }
    return new Page(tp, fp, fn, precision, recall, t.equals(p));
  }

  public static Scores macro(List<Page> pages) {
    double precision = pages.stream().filter(p -> p.precision() != null).mapToDouble(Page::precision).average()
        .orElse(0);
    double recall = pages.stream().filter(p -> p.recall() != null).mapToDouble(Page::recall).average().orElse(0);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double accuracy = pages.stream().filter(Page::exact).count() / (double) pages.size();
    return new Scores(precision, recall, f1, accuracy);
  }
}
