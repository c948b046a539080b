package com.verbatim.eval.wikiqa;

import com.verbatim.eval.EvalArgs;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line WikiQA evaluation: checks the scorer against published numbers, ranks a split with a named
 * {@link CandidateRanker}, and prints MAP and MRR under both tie rules.
 *
 * <p>Arguments, positional or as {@code key=value}: {@code split} ({@code dev} or {@code test}, default
 * {@code test}), {@code ranker} (see {@link Rankers}, default {@code baseline}), {@code data} (the WikiQA
 * folder, default {@code ../shared/eval/wikiqa}) and {@code run} (optional path to write the run file to).
 * Exit status: 0 on success, 1 if the scorer self-check fails, 2 on bad arguments or missing data.
 * The data is licensed for evaluation only: it is read in place, never copied.
 */
public final class WikiQaEval {

  /** Where the WikiQA folder sits relative to the repository root. */
  public static final String DEFAULT_DATA_DIR = "../shared/eval/wikiqa";

  private static final List<String> KEYS = List.of("split", "ranker", "data", "run");

  private WikiQaEval() {
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
    try {
      options = EvalArgs.parse(args, KEYS, Map.of("split", "test", "ranker", "baseline", "data", DEFAULT_DATA_DIR));
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println("usage: WikiQaEval [split=dev|test] [ranker=" + String.join("|", Rankers.NAMES)
          + "] [data=DIR] [run=FILE]");
      return 2;
    }
    String split = options.get("split");
    Path dataDir = Path.of(options.get("data"));
    if (!split.equals("dev") && !split.equals("test")) {
      err.println("split must be dev or test, got " + split);
      return 2;
    }
    if (!Files.isDirectory(dataDir)) {
      err.println("WikiQA data folder not found: " + dataDir.toAbsolutePath());
      return 2;
    }
    CandidateRanker ranker;
    try {
      ranker = Rankers.byName(options.get("ranker"));
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }

    List<String> failures = ScorerSelfCheck.run(dataDir);
    if (!failures.isEmpty()) {
      err.println("scorer self-check FAILED:");
      failures.forEach(f -> err.println("  " + f));
      return 1;
    }
    out.println("scorer self-check passed (" + ScorerSelfCheck.EXPECTATIONS.size() + " published results match)");

    List<WikiQaData.Question> questions = WikiQaData.load(dataDir, split);
    RunFile run = rank(questions, ranker);
    Qrels qrels = Qrels.read(dataDir.resolve("WikiQA-" + split + "-filtered.ref"));
    out.printf("WikiQA %s, ranker %s, %d questions ranked%n", split, options.get("ranker"), questions.size());
    report(out, qrels, run, "in " + split + "-filtered.ref", ranker, options.get("run"));
    return 0;
  }

  /**
   * Prints MAP and MRR of {@code run} under each tie rule, one line each ({@code which} names the questions scored),
   * then what the ranker noticed, and writes the run to {@code runPath} unless it is null.
   */
  public static void report(PrintStream out, Qrels qrels, RunFile run, String which, CandidateRanker ranker,
      String runPath) {
    for (TrecEval.TieBreak tieBreak : TrecEval.TieBreak.values()) {
      TrecEval.Scores s = TrecEval.evaluate(qrels, run, tieBreak);
      out.printf("  ties %-13s MAP %s  MRR %s  (%d questions %s)%n", tieBreak,
          ScorerSelfCheck.fourDecimals(s.map()), ScorerSelfCheck.fourDecimals(s.mrr()), s.queries(), which);
    }
    if (!ranker.notes().isEmpty()) {
      out.println("  " + ranker.notes());
    }
    if (runPath != null) {
      run.write(Path.of(runPath));
      out.println("run written to " + runPath);
    }
  }

  /** Scores every question's candidates with {@code ranker}; query ids are qnums, docnos candidate indexes. */
  public static RunFile rank(List<WikiQaData.Question> questions, CandidateRanker ranker) {
    Map<String, List<RunFile.Result>> results = new LinkedHashMap<>();
    for (WikiQaData.Question q : questions) {
      double[] scores = ranker.scores(q.text(), q.documentTitle(), q.sentences());
      if (scores.length != q.candidates().size()) {
        throw new IllegalStateException("ranker gave " + scores.length + " scores for " + q.candidates().size()
            + " candidates of question " + q.id());
      }
      results.put(q.qid(), q.candidates().stream()
          .map(c -> new RunFile.Result(c.docno(), scores[c.index()]))
          .toList());
    }
    return RunFile.of(results);
  }
}
