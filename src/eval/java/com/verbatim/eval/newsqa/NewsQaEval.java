package com.verbatim.eval.newsqa;

import com.verbatim.dedup.RepeatRemover;
import com.verbatim.index.AnswerFinder;
import com.verbatim.index.LearnedAnswers;
import com.verbatim.index.SentenceIndex;
import com.verbatim.model.Answer;
import com.verbatim.model.Answer.Quote;
import com.verbatim.model.Ask;
import com.verbatim.model.Citation;
import com.verbatim.semantic.SemanticIndex;
import com.verbatim.split.SentenceSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Our own news question set, asked over the whole BBC corpus ({@code ../shared/eval/news/articles.jsonl},
 * evaluation only, read in place) exactly as the product answers: the corpus goes through the product's
 * splitter, repeat removal and index into a temporary folder, then each question is an unscoped
 * {@link Ask} with limit 5 to {@link AnswerFinder}.
 *
 * <p>Prints hit@1, hit@3 and MRR@5 over the answerable questions (an empty answer counts as a miss),
 * the share of answerable questions wrongly abstained on, the share of unanswerable questions abstained
 * on, and the same per kind of question. Arguments: the split ({@code dev} or {@code test}, default dev),
 * {@code misses} to list every miss with the top quotes (use it on dev only), {@code semantic} to rank with
 * the sentence-embedding model too (every sentence is embedded first), {@code learned} to rank with the learned
 * article stage instead of the product's hand-set one (with {@code semantic}), {@code news=FILE}, {@code index=DIR} to
 * keep the index (and its vectors) in a folder for the next run instead of a temporary one.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.verbatim.eval.newsqa.NewsQaEval -Dexec.args=dev</pre>
 */
public final class NewsQaEval {

  public static final Path QUESTIONS = Path.of("src/eval/resources/newsqa");
  public static final Path NEWS = Path.of("../shared/eval/news/articles.jsonl");
  static final int LIMIT = 5;

  private NewsQaEval() {
  }

  /** Entry point; see the class comment. */
  public static void main(String[] args) throws IOException {
    String split = "dev";
    boolean misses = false;
    boolean semantic = false;
    boolean learned = false;
    Path news = NEWS;
    Path kept = null;
    for (String arg : args) {
      if (arg.equals("misses")) {
        misses = true;
      } else if (arg.equals("semantic")) {
        semantic = true;
      } else if (arg.equals("learned")) {
        learned = true;
      } else if (arg.startsWith("index=")) {
        kept = Files.createDirectories(Path.of(arg.substring(6)));
      } else if (arg.startsWith("news=")) {
        news = Path.of(arg.substring(5));
      } else {
        split = arg;
      }
    }
    List<NewsQuestion> questions = NewsQuestion.load(QUESTIONS.resolve(split + ".tsv"));
    Path dir = kept != null ? kept : Files.createTempDirectory("verbatim-newsqa");
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      BbcCorpus corpus = BbcCorpus.ingest(news, index, new RepeatRemover(new SentenceSplitter()));
      List<String> unplaced = corpus.unplacedGold(questions);
      if (!unplaced.isEmpty()) {
        System.out.println("gold substrings not inside one product sentence (fix the question file):");
        unplaced.forEach(u -> System.out.println("  " + u));
      }
      SemanticIndex vectors = semantic ? SemanticIndex.load(index) : null;
      if (vectors != null) {
        long started = System.nanoTime();
        int embedded = vectors.embedPending();
        System.out.printf(Locale.ROOT, "embedded %d sentences in %.1f s%n", embedded, (System.nanoTime() - started) / 1e9);
      }
      AnswerFinder finder = learned ? LearnedAnswers.finder(index, vectors) : new AnswerFinder(index, vectors);
      Report report = run(questions, finder, corpus, misses);
      System.out.printf(Locale.ROOT, "NewsQA %s over the whole corpus (%d articles, %d sentences), semantic %s%n", split,
          corpus.articles(), index.stats().sentences(), semantic ? "on" : "off");
      report.print();
    } finally {
      if (kept == null) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  public static Report run(List<NewsQuestion> questions, AnswerFinder finder, BbcCorpus corpus, boolean printMisses)
      throws IOException {
    Report report = new Report();
    for (NewsQuestion q : questions) {
      Answer answer = finder.answer(new Ask(q.qid(), q.question(), LIMIT, List.of()));
      report.took(answer.tookMs());
      int rank = 0;
      for (int i = 0; i < answer.sentences().size() && rank == 0; i++) {
        if (isGold(answer.sentences().get(i), q, corpus)) {
          rank = i + 1;
        }
      }
      report.add(q, answer.sentences().isEmpty(), rank);
      if (printMisses && (q.answerable() ? rank != 1 : !answer.sentences().isEmpty())) {
        System.out.printf(Locale.ROOT, "%s [%s] %s -> %s%n", q.qid(), q.kind(), q.question(),
            answer.sentences().isEmpty() ? "(abstained)" : "rank " + (rank == 0 ? "-" : rank));
        q.gold().forEach(g -> System.out.println("    gold " + g.articleId() + ": " + corpus.sentenceWith(g)));
        answer.sentences().stream().limit(3).forEach(s -> System.out.printf(Locale.ROOT, "    %.2f %s: %s%n",
            s.score(), corpus.bbcIds(s.citation().article().id()), s.text()));
      }
    }
    return report;
  }

  /** Whether the quote, or any article it cites, is a gold sentence. */
  static boolean isGold(Quote quote, NewsQuestion q, BbcCorpus corpus) {
    List<Citation> cited = new ArrayList<>();
    cited.add(quote.citation());
    cited.addAll(quote.alsoIn());
    for (Citation c : cited) {
      for (NewsQuestion.Gold g : q.gold()) {
        if (corpus.bbcIds(c.article().id()).contains(g.articleId())
            && corpus.sentence(c.article().id(), c.sentence()).contains(g.substring())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The counts behind the printed figures, overall and per kind. */
  public static final class Report {
    private final Map<String, Tally> byKind = new TreeMap<>();
    private final Tally answerable = new Tally();
    private final Tally unanswerable = new Tally();
    private final List<Double> tookMs = new ArrayList<>();

    void took(double ms) {
      tookMs.add(ms);
    }

    void add(NewsQuestion q, boolean abstained, int rank) {
      Tally kind = byKind.computeIfAbsent(q.kind(), k -> new Tally());
      (q.answerable() ? answerable : unanswerable).add(abstained, rank);
      kind.add(abstained, rank);
    }

    public Tally answerable() {
      return answerable;
    }

    public Tally unanswerable() {
      return unanswerable;
    }

    public void print() {
      System.out.println("| questions | n | hit@1 | hit@3 | MRR@5 | abstained |");
      System.out.println("|---|---|---|---|---|---|");
      System.out.println(answerable.row("answerable (abstained = wrongly)"));
      System.out.println(unanswerable.row("unanswerable (abstained = rightly)"));
      byKind.forEach((kind, t) -> System.out.println(t.row("  " + kind)));
      List<Double> sorted = tookMs.stream().sorted().toList();
      if (!sorted.isEmpty()) {
        System.out.printf(Locale.ROOT, "answer time, each question asked once (no cache): median %.1f ms, p99 %.1f ms%n",
            sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)));
      }
    }
  }

  /** Hits, reciprocal ranks and abstentions of a group of questions. */
  public static final class Tally {
    public int n;
    public int hit1;
    public int hit3;
    double rr;
    public int abstained;

    void add(boolean abstainedOn, int rank) {
      n++;
      abstained += abstainedOn ? 1 : 0;
      hit1 += rank == 1 ? 1 : 0;
      hit3 += rank >= 1 && rank <= 3 ? 1 : 0;
      rr += rank >= 1 ? 1.0 / rank : 0;
    }

    public double share(int count) {
      return n == 0 ? 0 : (double) count / n;
    }

    String row(String label) {
      return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |", label, n, share(hit1), share(hit3),
          n == 0 ? 0 : rr / n, share(abstained));
    }
  }
}
