package com.verbatim.eval.dedup;

import com.verbatim.config.ConfigLoader;
import com.verbatim.dedup.NearDuplicateConfig;
import com.verbatim.dedup.NearDuplicateWords;
import com.verbatim.dedup.NearDuplicates;
import com.verbatim.dedup.RepeatRemover;
import com.verbatim.split.SentenceSplitter;
import com.verbatim.dedup.SentenceTokens;
import com.verbatim.dedup.TextKeys;
import com.verbatim.eval.GoldenRulesEval;
import com.verbatim.ingest.SampleCorpus;
import com.verbatim.model.Article;
import com.verbatim.model.NewArticle;
import com.verbatim.model.SplitArticle;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text pipeline's report card: Golden Rules score of the product's splitter, the sample's
 * sentence count, and near-duplicate precision and recall on pairs generated from the BBC corpus
 * ({@link NearDuplicatePairs}), plus how many human-judged MSRP "not equivalent" pairs it merges.
 * A pair counts as merged when the index would both find it (shared MinHash band) and accept it.
 *
 * <p>Prints to standard output (a report, not a service). Usage: {@code mvn -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=com.verbatim.eval.dedup.DedupEval
 * [-Dexec.args="../shared/eval 4000 42"]}: the eval directory, how many source sentences per label,
 * the random seed.
 */
public final class DedupEval {

  private static final PrintStream OUT = System.out;

  private DedupEval() {
  }

  public static void main(String[] args) throws IOException {
    Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
    int perLabel = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    SentenceSplitter splitter = new SentenceSplitter();

    JsonArray rules = new JsonArray(Files.readString(eval.resolve("sbd-golden-rules/golden_rules_en.json")));
    OUT.printf("Golden Rules: %d/%d%n", GoldenRulesEval.passed(rules, splitter::split, OUT), rules.size());
    NewArticle sample = SampleCorpus.articles().get(0);
    SplitArticle split = new RepeatRemover(splitter).split(Article.of("sample", sample));
    OUT.printf("Sample: %d sentences (%d repeats removed)%n", split.sentences().size(), split.repeatsRemoved());

    NearDuplicates check = new NearDuplicates(configFromFile(), NearDuplicateWords.load());
    List<String> sentences = bbcSentences(eval.resolve("news/articles.jsonl"), splitter);
    Collections.shuffle(sentences, new Random(seed));
    NearDuplicatePairs generator = new NearDuplicatePairs(seed, names(sentences, check),
        w -> check.tokens("x " + w).tokens().get(1).kind() == SentenceTokens.Kind.WORD);
    List<NearDuplicatePairs.Pair> pairs = new ArrayList<>();
    int pos = 0;
    int neg = 0;
    for (String s : sentences) {
      NearDuplicatePairs.Pair p = pos <= neg ? generator.mustMerge(s) : generator.mustNotMerge(s);
      if (p != null && !TextKeys.sentenceKey(p.a()).equals(TextKeys.sentenceKey(p.b()))) {
        pairs.add(p);
        pos += p.same() ? 1 : 0;
        neg += p.same() ? 0 : 1;
      }
      if (pos >= perLabel && neg >= perLabel) {
        break;
      }
    }
    OUT.printf("%nGenerated from %s: %d source sentences (8-60 words), %d must-merge and %d must-not-merge pairs%n",
        eval.resolve("news/articles.jsonl"), sentences.size(), pos, neg);
    report(check, pairs);
    msrp(check, eval.resolve("news-dedup/msrp-pairs.jsonl"));
    OUT.println("\nThreshold sweep on the generated set (dedup.similarity):");
    for (double t : new double[] {0.6, 0.7, 0.75, 0.8, 0.85, 0.9}) {
      NearDuplicateConfig c = check.config();
      NearDuplicates at = new NearDuplicates(new NearDuplicateConfig(t, c.bands(), c.rows(), c.minWords(),
          c.maxCandidates()), NearDuplicateWords.load());
      Counts counts = count(at, pairs, null);
      OUT.printf("  %.2f  precision %.4f  recall %.4f%n", t, counts.precision(), counts.recall());
    }
  }

  private record Counts(int tp, int fn, int fp, int tn) {
    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }
  }

  static boolean merged(NearDuplicates check, String a, String b) {
    SentenceTokens x = check.tokens(a);
    SentenceTokens y = check.tokens(b);
    return check.areCandidates(x, y) && check.compare(x, y).same();
  }

  private static Counts count(NearDuplicates check, List<NearDuplicatePairs.Pair> pairs,
      Map<String, int[]> byKind) {
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    for (NearDuplicatePairs.Pair p : pairs) {
      boolean m = merged(check, p.a(), p.b());
      if (p.same()) {
        tp += m ? 1 : 0;
        fn += m ? 0 : 1;
      } else {
        fp += m ? 1 : 0;
        tn += m ? 0 : 1;
      }
      if (byKind != null) {
        int[] k = byKind.computeIfAbsent((p.same() ? "merge  " : "apart  ") + p.kind(), x -> new int[2]);
        k[0]++;
        k[1] += m == p.same() ? 1 : 0;
      }
    }
    return new Counts(tp, fn, fp, tn);
  }

  private static void report(NearDuplicates check, List<NearDuplicatePairs.Pair> pairs) {
    Map<String, int[]> byKind = new TreeMap<>();
    Counts c = count(check, pairs, byKind);
    OUT.printf("Near-duplicates (similarity >= %.2f): precision %.4f  recall %.4f  (TP %d, FN %d, FP %d, TN %d)%n",
        check.config().similarity(), c.precision(), c.recall(), c.tp(), c.fn(), c.fp(), c.tn());
    OUT.println("By kind (pairs, right):");
    byKind.forEach((k, v) -> {
      if (v[0] >= 20 || !k.contains("+")) {
        OUT.printf("  %-40s %5d %5d%n", k, v[0], v[1]);
      }
    });
    int shown = 0;
    for (NearDuplicatePairs.Pair p : pairs) {
      if (merged(check, p.a(), p.b()) != p.same() && shown++ < 8) {
        OUT.printf("  WRONG %s [%s]%n    a: %s%n    b: %s%n    %s%n", p.same() ? "split" : "merged", p.kind(), p.a(), p.b(),
            check.compare(check.tokens(p.a()), check.tokens(p.b())));
      }
    }
  }

  private static void msrp(NearDuplicates check, Path file) throws IOException {
    int[] negatives = new int[2];
    int[] positives = new int[2];
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      JsonObject pair = new JsonObject(line);
      int[] bucket = pair.getInteger("label") == 1 ? positives : negatives;
      bucket[0]++;
      boolean m = merged(check, pair.getString("text1"), pair.getString("text2"));
      bucket[1] += m ? 1 : 0;
      if (m && bucket == negatives && negatives[1] <= 5) {
        OUT.printf("  merged, judged not equivalent:%n    a: %s%n    b: %s%n", pair.getString("text1"), pair.getString("text2"));
      }
    }
    OUT.printf("MSRP 'not equivalent' (must not merge): %d of %d merged%n", negatives[1], negatives[0]);
    OUT.printf("MSRP 'equivalent' (paraphrases, not a target): %d of %d merged%n", positives[1], positives[0]);
  }

  /** Unique sentences of 8 to 60 words from every article, in corpus order. */
  static List<String> bbcSentences(Path jsonl, SentenceSplitter splitter) throws IOException {
    RepeatRemover remover = new RepeatRemover(splitter);
    Set<String> keys = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      JsonObject a = new JsonObject(line);
      Article article = new Article(a.getString("id"), a.getString("title"), a.getString("text"), null,
          a.getString("source"), null);
      for (SplitArticle.SplitSentence s : remover.split(article).sentences()) {
        int words = TextKeys.normalize(s.text()).split(" ").length;
        if (words >= 8 && words <= 60 && keys.add(s.key())) {
          out.add(s.text());
        }
      }
    }
    return out;
  }

  /** Capitalized words the check treats as names and that occur at least 3 times mid-sentence. */
  private static List<String> names(List<String> sentences, NearDuplicates check) {
    Map<String, Integer> counts = new HashMap<>();
    Pattern word = Pattern.compile("(?<=\\s)[A-Z][a-z]{2,}(?=[\\s,.])");
    for (String s : sentences) {
      Matcher m = word.matcher(s);
      while (m.find()) {
        counts.merge(m.group(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().filter(e -> e.getValue() >= 3)
        .map(Map.Entry::getKey)
        .filter(w -> check.tokens("x " + w).tokens().get(1).kind() == SentenceTokens.Kind.NAME)
        .sorted().toList();
  }

  /** The product's settings as it would start here: defaults, conf/config.json and environment overrides. */
  private static NearDuplicateConfig configFromFile() {
    return NearDuplicateConfig.fromJson(ConfigLoader.load(System.getenv()).getJsonObject("dedup"));
  }
}
