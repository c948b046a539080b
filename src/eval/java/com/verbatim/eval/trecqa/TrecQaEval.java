package com.verbatim.eval.trecqa;

import com.verbatim.eval.EvalArgs;
import com.verbatim.eval.wikiqa.CandidateRanker;
import com.verbatim.eval.wikiqa.Qrels;
import com.verbatim.eval.wikiqa.Rankers;
import com.verbatim.eval.wikiqa.RunFile;
import com.verbatim.eval.wikiqa.TrecEval;
import com.verbatim.eval.wikiqa.WikiQaData.Question;
import com.verbatim.eval.wikiqa.WikiQaEval;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Command-line TrecQA evaluation (answer-sentence selection over newswire): ranks the "clean" questions of a
 * split (at least one positive and one negative candidate) with a named ranker ({@link Rankers}) and prints
 * MAP and MRR under both of {@link com.verbatim.eval.wikiqa.TrecEval}'s tie rules, the same scorer as WikiQA's.
 * Each question's candidates are shuffled first ({@link TrecQaData#shuffle}), since the file lists positives
 * first and the product uses a sentence's position.
 *
 * <p>Arguments, positional or as {@code key=value}: {@code split} ({@code dev} or {@code train}, default
 * {@code dev}), {@code ranker} (default {@code baseline}), {@code data} (default {@code ../shared/eval/trecqa}),
 * {@code run} (optional path to write the run file to), {@code seed} (default {@value TrecQaData#DEFAULT_SEED}) and
 * {@code seeds} (default 1; with K above 1, the shuffles seed to seed + K - 1 are scored in turn and their mean and
 * range printed, since a ranker that uses position moves with the shuffle).
 * Exit status: 0 on success, 2 on bad arguments or missing data. The data is for evaluation only: read in
 * place, never copied.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.verbatim.eval.trecqa.TrecQaEval -Dexec.args="split=dev ranker=product"</pre>
 */
public final class TrecQaEval {

  /** Where the TrecQA folder sits relative to the repository root. */
  public static final String DEFAULT_DATA_DIR = "../shared/eval/trecqa";

  private static final List<String> KEYS = List.of("split", "ranker", "data", "run", "seed", "seeds");

  private TrecQaEval() {
  }

  /** Entry point; see the class comment for arguments. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the evaluation, printing results to {@code out} and problems to {@code err}; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options;
    long seed;
    int seeds;
    try {
      options = EvalArgs.parse(args, KEYS, Map.of("split", "dev", "ranker", "baseline", "data", DEFAULT_DATA_DIR,
          "seed", Long.toString(TrecQaData.DEFAULT_SEED), "seeds", "1"));
      Rankers.byName(options.get("ranker")); // an unknown name fails here, before any work
      seed = Long.parseLong(options.get("seed"));
      seeds = Integer.parseInt(options.get("seeds"));
      if (seeds < 1) {
        throw new IllegalArgumentException("seeds must be at least 1");
      }
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println("usage: TrecQaEval [split=dev|train] [ranker=" + String.join("|", Rankers.NAMES)
          + "] [data=DIR] [run=FILE] [seed=N] [seeds=K]");
      return 2;
    }
    String split = options.get("split");
    Path dataDir = Path.of(options.get("data"));
    if (!split.equals("dev") && !split.equals("train")) {
      err.println("split must be dev or train, got " + split);
      return 2;
    }
    if (!Files.isRegularFile(TrecQaData.xml(dataDir, split))) {
      err.println("TrecQA file not found: " + TrecQaData.xml(dataDir, split).toAbsolutePath());
      return 2;
    }

    if (seeds > 1) {
      acrossSeeds(dataDir, split, options.get("ranker"), seed, seeds, out);
      return 0;
    }
    List<Question> all = TrecQaData.load(dataDir, split, seed);
    List<Question> clean = all.stream().filter(TrecQaData::isClean).toList();
    CandidateRanker ranker = Rankers.byName(options.get("ranker"));
    RunFile run = WikiQaEval.rank(clean, ranker);
    out.printf(Locale.ROOT, "TrecQA %s, ranker %s: %d questions, %d clean with %d candidates, shuffled with seed %d%n",
        split, options.get("ranker"), all.size(), clean.size(),
        clean.stream().mapToInt(q -> q.candidates().size()).sum(), seed);
    WikiQaEval.report(out, Qrels.fromLabels(clean), run, "clean", ranker, options.get("run"));
    return 0;
  }

  /**
   * MAP and MRR for the shuffles {@code seed}, {@code seed + 1} ... {@code seed + seeds - 1}: one line each,
   * then their mean and range, since a ranker that uses position moves with the shuffle.
   */
  private static void acrossSeeds(Path dataDir, String split, String rankerName, long seed, int seeds,
      PrintStream out) {
    out.printf(Locale.ROOT, "TrecQA %s, ranker %s, clean questions, %d shuffles (seeds %d to %d)%n", split, rankerName,
        seeds, seed, seed + seeds - 1);
    Map<TrecEval.TieBreak, List<TrecEval.Scores>> byTieBreak = new EnumMap<>(TrecEval.TieBreak.class);
    for (long s = seed; s < seed + seeds; s++) {
      List<Question> clean = TrecQaData.load(dataDir, split, s).stream().filter(TrecQaData::isClean).toList();
      RunFile run = WikiQaEval.rank(clean, Rankers.byName(rankerName));
      Qrels qrels = Qrels.fromLabels(clean);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  seed %d:", s));
      for (TrecEval.TieBreak tieBreak : TrecEval.TieBreak.values()) {
        TrecEval.Scores scores = TrecEval.evaluate(qrels, run, tieBreak);
        byTieBreak.computeIfAbsent(tieBreak, t -> new ArrayList<>()).add(scores);
        line.append(String.format(Locale.ROOT, "  ties %s MAP %.4f MRR %.4f", tieBreak, scores.map(), scores.mrr()));
      }
      out.println(line);
    }
    byTieBreak.forEach((tieBreak, all) -> {
      DoubleSummaryStatistics map = all.stream().mapToDouble(TrecEval.Scores::map).summaryStatistics();
      DoubleSummaryStatistics mrr = all.stream().mapToDouble(TrecEval.Scores::mrr).summaryStatistics();
      out.printf(Locale.ROOT, "  mean, ties %-13s MAP %.4f (%.4f to %.4f)  MRR %.4f (%.4f to %.4f)%n", tieBreak,
          map.getAverage(), map.getMin(), map.getMax(), mrr.getAverage(), mrr.getMin(), mrr.getMax());
    });
  }
}
