package com.verbatim.eval.wikiqa;

import com.verbatim.index.Ranking;
import com.verbatim.index.RankingSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Measures the product ranker's features on WikiQA dev: an ablation table (features added one at a time,
 * and each one removed from the final settings) and a coordinate-ascent search over the weights. Tuning
 * reads dev only; {@code WikiQaEval test product} reports test once with the chosen settings.
 *
 * <p>Arguments: {@code ablation} (default), {@code search} or {@code abstain} (see {@link AbstentionTable});
 * optional {@code data=DIR}.
 */
public final class WikiQaTuning {

  private final List<WikiQaData.Question> questions;
  private final Qrels qrels;

  private WikiQaTuning(Path dataDir, String split) {
    this.qrels = Qrels.read(dataDir.resolve("WikiQA-" + split + "-filtered.ref"));
    this.questions = WikiQaData.load(dataDir, split).stream().filter(q -> qrels.queryIds().contains(q.qid())).toList();
  }

  /** Entry point; see the class comment. */
  public static void main(String[] args) {
    String mode = args.length > 0 && !args[0].contains("=") ? args[0] : "ablation";
    Path data = Path.of(WikiQaEval.DEFAULT_DATA_DIR);
    for (String arg : args) {
      if (arg.startsWith("data=")) {
        data = Path.of(arg.substring(5));
      }
    }
    WikiQaTuning dev = new WikiQaTuning(data, "dev");
    switch (mode) {
      case "ablation" -> dev.ablation();
      case "search" -> dev.search(Ranking.SETTINGS);
      case "abstain" -> AbstentionTable.print(WikiQaData.load(data, "dev"), new ProductRanker(), System.out);
      default -> throw new IllegalArgumentException("mode must be ablation, search or abstain");
    }
  }

  /** MAP and MRR on this split under both tie rules. */
  record Result(TrecEval.Scores trec, TrecEval.Scores earlier) {
    String row() {
      return String.format(Locale.ROOT, "%s | %s | %s | %s", f(trec.map()), f(trec.mrr()), f(earlier.map()),
          f(earlier.mrr()));
    }

    private static String f(double v) {
      return ScorerSelfCheck.fourDecimals(v);
    }
  }

  Result evaluate(RankingSettings settings) {
    RunFile run = WikiQaEval.rank(questions, new ProductRanker(settings));
    return new Result(TrecEval.evaluate(qrels, run, TrecEval.TieBreak.TREC_EVAL),
        TrecEval.evaluate(qrels, run, TrecEval.TieBreak.EARLIER_FIRST));
  }

  private void ablation() {
    RankingSettings best = Ranking.SETTINGS;
    RankingSettings plain = new RankingSettings(1.2f, 0.75f, false, 0f, 0, 0, 0, 0, 0);
    System.out.println("| dev, features added in turn | MAP (trec_eval ties) | MRR | MAP (earlier first) | MRR |");
    System.out.println("|---|---|---|---|---|");
    RankingSettings s = plain;
    print("BM25 k1=1.2 b=0.75, NewsAnalyzer without lemmas", s);
    s = Variants.withBm25(s, best.k1(), best.b());
    print("+ BM25 k1=" + best.k1() + " b=" + best.b(), s);
    s = Variants.withLemmas(s, true);
    print("+ lemmas", s);
    s = Variants.withSynonymWeight(s, best.synonymWeight());
    print("+ synonyms (weight " + best.synonymWeight() + ")", s);
    s = Variants.withCoverageWeight(s, best.coverageWeight());
    print("+ coverage (weight " + best.coverageWeight() + ")", s);
    s = Variants.withTypeWeight(s, best.typeWeight());
    print("+ answer type (weight " + best.typeWeight() + ")", s);
    s = Variants.withPhraseWeight(s, best.phraseWeight());
    print("+ phrase / proximity (weight " + best.phraseWeight() + ")", s);
    s = Variants.withPositionWeight(s, best.positionWeight());
    print("+ position in article (weight " + best.positionWeight() + ") = product", s);
    System.out.println();
    System.out.println("| dev, one feature removed from the product | MAP (trec_eval ties) | MRR | MAP (earlier first) | MRR |");
    System.out.println("|---|---|---|---|---|");
    print("product", best);
    print("- tuned BM25 (k1=1.2 b=0.75)", Variants.withBm25(best, 1.2f, 0.75f));
    print("- lemmas", Variants.withLemmas(best, false));
    print("- synonyms", Variants.withSynonymWeight(best, 0f));
    print("- coverage", Variants.withCoverageWeight(best, 0));
    print("- answer type", Variants.withTypeWeight(best, 0));
    print("- phrase / proximity", Variants.withPhraseWeight(best, 0));
    print("- position in article", Variants.withPositionWeight(best, 0));
  }

  private void print(String label, RankingSettings settings) {
    System.out.println("| " + label + " | " + evaluate(settings).row() + " |");
  }

  /** Coordinate ascent on dev MAP (trec_eval ties), two rounds over every knob. */
  private void search(RankingSettings start) {
    RankingSettings best = start;
    double bestMap = evaluate(best).trec().map();
    System.out.printf(Locale.ROOT, "start %s MAP %.4f%n", best, bestMap);
    List<Knob> knobs = List.of(
        new Knob("k1", new double[] {0.3, 0.6, 0.9, 1.2, 1.5, 2.0}, (s, v) -> Variants.withBm25(s, v.floatValue(), s.b())),
        new Knob("b", new double[] {0.0, 0.25, 0.5, 0.75, 0.9, 1.0}, (s, v) -> Variants.withBm25(s, s.k1(), v.floatValue())),
        new Knob("synonym", new double[] {0, 0.25, 0.5, 0.75}, (s, v) -> Variants.withSynonymWeight(s, v.floatValue())),
        new Knob("coverage", new double[] {0, 0.5, 1, 2, 3, 5}, Variants::withCoverageWeight),
        new Knob("type", new double[] {0, 0.25, 0.5, 1, 1.5, 2, 3}, Variants::withTypeWeight),
        new Knob("phrase", new double[] {0, 0.25, 0.5, 1, 2, 3}, Variants::withPhraseWeight),
        new Knob("position", new double[] {0, 0.5, 1, 1.5, 2, 3, 4, 6}, Variants::withPositionWeight));
    for (int round = 1; round <= 2; round++) {
      for (Knob knob : knobs) {
        for (double v : knob.values()) {
          RankingSettings candidate = knob.apply().apply(best, v);
          double map = evaluate(candidate).trec().map();
          if (map > bestMap + 1e-6) {
            bestMap = map;
            best = candidate;
            System.out.printf(Locale.ROOT, "round %d %s=%s -> MAP %.4f%n", round, knob.name(), v, map);
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "best %s MAP %.4f%n", best, bestMap);
  }

  private record Knob(String name, double[] values, BiFunction<RankingSettings, Double, RankingSettings> apply) {
  }
}
