package com.verbatim.eval.wikiqa;

import com.verbatim.eval.EvalArgs;
import com.verbatim.index.CandidateRanking;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Where the answer as the API returns it ({@link ApiRanker}) ranks worse than the product's ranking of every
 * candidate ({@link ProductRanker}). For each question with a correct candidate it takes both average precisions;
 * for each question the API loses on, why: it abstained on the whole question, left a correct candidate below
 * the relevance bar (or past the limit), or collapsing moved a near-duplicate twin ahead of a correct one.
 * Prints the API's MAP with the candidates it did not return ranked in other ways, a table by cause, one by
 * question word, and the largest losses of each cause.
 *
 * <p>Arguments: {@code split} (default {@code dev}; tuning reads dev), {@code data}, {@code examples} (per cause,
 * default 3).
 */
public final class ApiLosses {

  /** The seed that orders the candidates not returned in the random-order variant. */
  private static final long SEED = 2007;
  private static final String EMPTY = "abstained: empty answer";
  private static final String BELOW_BAR = "answered, a correct candidate below the bar";
  private static final String PAST_LIMIT = "answered, a correct candidate past the limit";
  private static final String COLLAPSED = "collapsing moved a twin ahead of a correct one";
  private static final List<String> CAUSES = List.of(EMPTY, BELOW_BAR, PAST_LIMIT, COLLAPSED);

  /** One question under both rankers; the average precisions are filled in once every question is ranked. */
  private record Outcome(WikiQaData.Question question, double[] productScores, ReturnedCandidates returned,
      double bestCorrectCoverage, double productAp, double apiAp) {

    Outcome withAps(double productAp, double apiAp) {
      return new Outcome(question, productScores, returned, bestCorrectCoverage, productAp, apiAp);
    }

    List<Integer> correct() {
      return question.candidates().stream().filter(c -> c.label() == 1).map(WikiQaData.Candidate::index).toList();
    }

    String cause() {
      if (returned.quotes().isEmpty()) {
        return EMPTY;
      }
      if (!returned.order().containsAll(correct())) {
        return returned.full() && returned.candidates() > returned.limit() ? PAST_LIMIT : BELOW_BAR;
      }
      return COLLAPSED;
    }

    String questionWord() {
      String first = question.text().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
      return List.of("what", "how", "who", "when", "where", "which", "why").contains(first) ? first : "other";
    }
  }

  private ApiLosses() {
  }

  /** Entry point; see the class comment. */
  public static void main(String[] args) {
    Map<String, String> options = EvalArgs.parse(args, List.of("split", "data", "examples"),
        Map.of("split", "dev", "data", WikiQaEval.DEFAULT_DATA_DIR, "examples", "3"));
    Path data = Path.of(options.get("data"));
    String split = options.get("split");
    Qrels qrels = Qrels.read(data.resolve("WikiQA-" + split + "-filtered.ref"));
    List<WikiQaData.Question> questions = WikiQaData.load(data, split).stream()
        .filter(q -> qrels.queryIds().contains(q.qid())).toList();
    System.out.printf(Locale.ROOT, "WikiQA %s%n", split);
    print(questions, qrels, Integer.parseInt(options.get("examples")), System.out);
  }

  /** Compares the two rankers on {@code questions} (scored against {@code qrels}) and prints the breakdown. */
  public static void print(List<WikiQaData.Question> questions, Qrels qrels, int examples, PrintStream out) {
    List<Outcome> outcomes = outcomes(questions, qrels);
    int n = outcomes.size();
    List<Outcome> lost = outcomes.stream().filter(o -> o.apiAp() < o.productAp()).toList();
    long won = outcomes.stream().filter(o -> o.apiAp() > o.productAp()).count();
    out.printf(Locale.ROOT, "%d questions scored: MAP product %.4f, api %.4f; api lower on %d, higher on %d,"
        + " equal on %d%n", n, mean(outcomes, Outcome::productAp), mean(outcomes, Outcome::apiAp), lost.size(), won,
        n - lost.size() - won);
    out.printf(Locale.ROOT, "  gained where api is higher: %.4f MAP; lost where lower: %.4f MAP%n",
        outcomes.stream().mapToDouble(o -> Math.max(0, o.apiAp() - o.productAp())).sum() / n, loss(lost, n));
    printVariants(outcomes, qrels, out);

    out.println();
    out.println("| why api ranks lower | questions | MAP lost | best correct covers exactly half the concepts |");
    out.println("|---|---|---|---|");
    Map<String, List<Outcome>> byCause = group(lost, Outcome::cause);
    for (String cause : CAUSES) {
      List<Outcome> group = byCause.getOrDefault(cause, List.of());
      out.printf(Locale.ROOT, "| %s | %d | %.4f | %d |%n", cause, group.size(), loss(group, n),
          group.stream().filter(o -> o.bestCorrectCoverage() == 0.5).count());
    }

    out.println();
    out.println("| question word | questions | api lower on | abstained on | MAP product | MAP api |");
    out.println("|---|---|---|---|---|---|");
    new TreeMap<>(group(outcomes, Outcome::questionWord)).forEach((word, group) -> out.printf(Locale.ROOT,
        "| %s | %d | %d | %d | %.4f | %.4f |%n", word, group.size(),
        group.stream().filter(o -> o.apiAp() < o.productAp()).count(),
        group.stream().filter(o -> o.returned().quotes().isEmpty()).count(), mean(group, Outcome::productAp),
        mean(group, Outcome::apiAp)));

    for (String cause : CAUSES) {
      List<Outcome> group = byCause.getOrDefault(cause, List.of());
      if (!group.isEmpty()) {
        out.println();
        out.println(cause + ", largest losses first:");
        group.stream().sorted((a, b) -> Double.compare(b.productAp() - b.apiAp(), a.productAp() - a.apiAp()))
            .limit(examples).forEach(o -> printExample(o, out));
      }
    }
  }

  private static List<Outcome> outcomes(List<WikiQaData.Question> questions, Qrels qrels) {
    ProductRanker product = new ProductRanker();
    ApiRanker api = new ApiRanker();
    List<Outcome> ranked = new ArrayList<>();
    for (WikiQaData.Question q : questions) {
      List<CandidateRanking.Scored> scored = product.scored(q.text(), q.sentences());
      double coverage = q.candidates().stream().filter(c -> c.label() == 1)
          .mapToDouble(c -> scored.get(c.index()).coverage()).max().orElse(0);
      ranked.add(new Outcome(q, product.scores(q.text(), q.sentences()), api.answer(q.text(), q.sentences()),
          coverage, 0, 0));
    }
    // every score is distinct in both runs, so the tie rule changes nothing
    Map<String, Double> productAp = TrecEval.averagePrecisions(qrels, run(ranked, Outcome::productScores),
        TrecEval.TieBreak.EARLIER_FIRST);
    Map<String, Double> apiAp = TrecEval.averagePrecisions(qrels, run(ranked, o -> o.returned().scores()),
        TrecEval.TieBreak.EARLIER_FIRST);
    return ranked.stream().filter(o -> productAp.containsKey(o.question().qid()))
        .map(o -> o.withAps(productAp.get(o.question().qid()), apiAp.get(o.question().qid()))).toList();
  }

  /** The API's MAP and MRR with the candidates it did not return ranked in other ways than candidate order. */
  private static void printVariants(List<Outcome> outcomes, Qrels qrels, PrintStream out) {
    out.println("  the same answers, the candidates not returned ranked otherwise:");
    RunFile tied = run(outcomes, o -> notReturned(o.returned(), null));
    for (TrecEval.TieBreak tieBreak : TrecEval.TieBreak.values()) {
      variant(out, "tied at 0, ties " + tieBreak, TrecEval.evaluate(qrels, tied, tieBreak), 1);
    }
    Random random = new Random(SEED);
    RunFile shuffled = run(outcomes, o -> notReturned(o.returned(), random));
    variant(out, "in a random order (seed " + SEED + ")",
        TrecEval.evaluate(qrels, shuffled, TrecEval.TieBreak.EARLIER_FIRST), 1);
    // only what the reader sees; trec_eval leaves out a query without results, so an empty answer scores 0 over n
    Map<String, List<RunFile.Result>> shown = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      double[] scores = o.returned().scores();
      shown.put(o.question().qid(), o.returned().order().stream()
          .map(i -> new RunFile.Result(o.question().candidates().get(i).docno(), scores[i])).toList());
    }
    TrecEval.Scores s = TrecEval.evaluate(qrels, RunFile.of(shown), TrecEval.TieBreak.EARLIER_FIRST);
    variant(out, "never retrieved (an empty answer: 0)", s, (double) s.queries() / outcomes.size());
  }

  /**
   * The API's scores with the candidates not returned scored anew below the returned ones: all tied at 0 when
   * {@code random} is null, else distinct in the order {@code random} shuffles them into.
   */
  private static double[] notReturned(ReturnedCandidates returned, Random random) {
    double[] scores = returned.scores();
    Set<Integer> shown = new HashSet<>(returned.order());
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      if (!shown.contains(i)) {
        rest.add(i);
      }
    }
    if (random != null) {
      Collections.shuffle(rest, random);
    }
    for (int k = 0; k < rest.size(); k++) {
      scores[rest.get(k)] = random == null ? 0 : rest.size() - k;
    }
    return scores;
  }

  private static void variant(PrintStream out, String label, TrecEval.Scores s, double share) {
    out.printf(Locale.ROOT, "    %-38s MAP %.4f  MRR %.4f%n", label, s.map() * share, s.mrr() * share);
  }

  private static void printExample(Outcome o, PrintStream out) {
    ReturnedCandidates r = o.returned();
    out.printf(Locale.ROOT, "  AP %.3f -> %.3f, %d quotes + %d twins of %d candidates, %d of %d correct returned,"
        + " best correct covers %.2f of the concepts: %s%n", o.productAp(), o.apiAp(), r.quotes().size(), r.folded(),
        r.candidates(), o.correct().stream().filter(r.order()::contains).count(), o.correct().size(),
        o.bestCorrectCoverage(), o.question().text());
  }

  private static RunFile run(List<Outcome> outcomes, Function<Outcome, double[]> scores) {
    Map<String, List<RunFile.Result>> results = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      double[] s = scores.apply(o);
      results.put(o.question().qid(), o.question().candidates().stream()
          .map(c -> new RunFile.Result(c.docno(), s[c.index()])).toList());
    }
    return RunFile.of(results);
  }

  private static <K> Map<K, List<Outcome>> group(List<Outcome> outcomes, Function<Outcome, K> key) {
    Map<K, List<Outcome>> groups = new LinkedHashMap<>();
    outcomes.forEach(o -> groups.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o));
    return groups;
  }

  private static double mean(List<Outcome> outcomes, ToDoubleFunction<Outcome> value) {
    return outcomes.stream().mapToDouble(value).average().orElse(0);
  }

  private static double loss(List<Outcome> group, int n) {
    return group.stream().mapToDouble(o -> o.productAp() - o.apiAp()).sum() / n;
  }
}
