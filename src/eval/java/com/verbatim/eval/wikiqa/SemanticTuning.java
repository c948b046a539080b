package com.verbatim.eval.wikiqa;

import com.verbatim.index.Ranking;
import com.verbatim.index.RankingSettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tunes the weight of semantic similarity ({@link RankingSettings#semanticWeight()}) on WikiQA dev: MAP and
 * MRR of the product's ranking plus {@code weight * cosine} for a range of weights, with vectors stored as
 * bytes (as the index does) and as floats, and with every candidate rather than Lucene's alone (what a
 * vector search beside Lucene would add). Reads dev only; {@code WikiQaEval split=test ranker=semantic}
 * reports test once with the chosen weight.
 *
 * <p>Arguments: optional {@code data=DIR} and {@code weights=W1,W2,...} (default 0 to 100).
 */
public final class SemanticTuning {

  private static final double[] WEIGHTS = {0, 2, 4, 6, 8, 10, 12, 15, 20, 25, 30, 40, 60, 100};

  private SemanticTuning() {
  }

  /** Entry point; see the class comment. */
  public static void main(String[] args) {
    Path data = Path.of(WikiQaEval.DEFAULT_DATA_DIR);
    double[] weights = WEIGHTS;
    for (String arg : args) {
      if (arg.startsWith("data=")) {
        data = Path.of(arg.substring(5));
      } else if (arg.startsWith("weights=")) {
        weights = Arrays.stream(arg.substring(8).split(",")).mapToDouble(Double::parseDouble).toArray();
      }
    }
    Qrels qrels = Qrels.read(data.resolve("WikiQA-dev-filtered.ref"));
    List<WikiQaData.Question> dev = WikiQaData.load(data, "dev");
    SemanticRanker ranker = new SemanticRanker(Ranking.SETTINGS, false, false);
    long started = System.nanoTime();
    ranker.prepare(dev);
    System.out.printf(Locale.ROOT, "embedded WikiQA dev in %.1f s%n", (System.nanoTime() - started) / 1e9);
    System.out.println("| weight | MAP bytes | MRR bytes | MAP floats | MRR floats | MAP all candidates | MRR all candidates |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (double weight : weights) {
      RankingSettings s = Ranking.SETTINGS.withSemanticWeight(weight);
      TrecEval.Scores bytes = score(qrels, dev, ranker.with(s, false, false));
      TrecEval.Scores floats = score(qrels, dev, ranker.with(s, true, false));
      TrecEval.Scores all = score(qrels, dev, ranker.with(s, false, true));
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", weight, f(bytes.map()), f(bytes.mrr()),
          f(floats.map()), f(floats.mrr()), f(all.map()), f(all.mrr()));
    }
  }

  private static TrecEval.Scores score(Qrels qrels, List<WikiQaData.Question> questions, CandidateRanker ranker) {
    return TrecEval.evaluate(qrels, WikiQaEval.rank(questions, ranker), TrecEval.TieBreak.TREC_EVAL);
  }

  private static String f(double v) {
    return ScorerSelfCheck.fourDecimals(v);
  }
}
