package com.verbatim.eval;

import com.verbatim.dedup.RepeatRemover;
import com.verbatim.split.SentenceSplitter;
import com.verbatim.index.AnswerFinder;
import com.verbatim.index.LuceneStep;
import com.verbatim.index.SentenceIndex;
import com.verbatim.ingest.ArticleIds;
import com.verbatim.ingest.SampleCorpus;
import com.verbatim.model.Article;
import com.verbatim.model.Ask;
import com.verbatim.model.NewArticle;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Answer latency on the shipped sample and on the BBC News corpus ({@code ../shared/eval/news/articles.jsonl},
 * evaluation only, read in place): each corpus is ingested with the product's {@link RepeatRemover} into a
 * {@link SentenceIndex} in a temporary folder, then a fixed set of questions is asked many times after a
 * warm-up. Prints median and p99 of the full answer path and, in the same run, of the Lucene step alone.
 *
 * <p>Arguments: {@code rounds=N} (default 200 per question), {@code news=FILE}.
 */
public final class AnswerLatencyBenchmark {

  private static final List<String> SAMPLE_QUESTIONS = List.of("Who did Blinken meet?",
      "When will Blinken meet Wang Yi?", "What is the most important issue for China?",
      "Why have Sino-U.S. ties deteriorated?", "How many years since a secretary of state visited China?",
      "Were the talks constructive?", "Who won the World Cup?", "What is the capital of France?");
  private static final List<String> NEWS_QUESTIONS = List.of("Who bought the company?",
      "How much profit did Time Warner make?", "When will the general election be held?",
      "Who won the Australian Open?", "What did the prime minister say about tax?",
      "Where was the film festival held?", "How many phones were sold?", "Why did the shares fall?",
      "Who is the chancellor?", "What is the capital of France?");
  private static final int WARM_UP_ROUNDS = 50;

  private AnswerLatencyBenchmark() {
  }

  /** Entry point; see the class comment. */
  public static void main(String[] args) throws IOException {
    int rounds = 200;
    Path news = Path.of("../shared/eval/news/articles.jsonl");
    for (String arg : args) {
      if (arg.startsWith("rounds=")) {
        rounds = Integer.parseInt(arg.substring(7));
      } else if (arg.startsWith("news=")) {
        news = Path.of(arg.substring(5));
      }
    }
    System.out.printf(Locale.ROOT, "%d rounds per question after %d warm-up rounds, one thread, %d cores%n", rounds,
        WARM_UP_ROUNDS, Runtime.getRuntime().availableProcessors());
    System.out.println("| corpus | articles | sentences | path | median ms | p99 ms | full / Lucene-only (median) |");
    System.out.println("|---|---|---|---|---|---|---|");
    run("sample", SampleCorpus.articles(), SAMPLE_QUESTIONS, rounds);
    if (Files.exists(news)) {
      run("BBC News", readJsonl(news), NEWS_QUESTIONS, rounds);
    } else {
      System.out.println("BBC corpus not found at " + news.toAbsolutePath() + "; skipped");
    }
  }

  private static void run(String name, List<NewArticle> articles, List<String> questions, int rounds)
      throws IOException {
    Path dir = Files.createTempDirectory("verbatim-bench");
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      RepeatRemover remover = new RepeatRemover(new SentenceSplitter());
      for (NewArticle article : articles) {
        index.store(remover.split(Article.of(ArticleIds.of(article), article)));
      }
      AnswerFinder finder = new AnswerFinder(index);
      LuceneStep lucene = new LuceneStep(index);
      for (int r = 0; r < WARM_UP_ROUNDS; r++) {
        for (String q : questions) {
          finder.answer(new Ask(null, q, 5, List.of()));
          lucene.candidates(q, 50);
        }
      }
      double[] full = new double[rounds * questions.size()];
      double[] luceneMs = new double[rounds * questions.size()];
      int i = 0;
      for (int r = 0; r < rounds; r++) {
        for (String q : questions) {
          long t0 = System.nanoTime();
          finder.answer(new Ask(null, q, 5, List.of()));
          long t1 = System.nanoTime();
          lucene.candidates(q, 50);
          long t2 = System.nanoTime();
          full[i] = (t1 - t0) / 1e6;
          luceneMs[i++] = (t2 - t1) / 1e6;
        }
      }
      Arrays.sort(full);
      Arrays.sort(luceneMs);
      long sentences = index.stats().sentences();
      System.out.printf(Locale.ROOT, "| %s | %d | %d | full answer | %.3f | %.3f | %.1fx |%n", name, articles.size(),
          sentences, percentile(full, 50), percentile(full, 99), percentile(full, 50) / percentile(luceneMs, 50));
      System.out.printf(Locale.ROOT, "| %s | | | Lucene query only | %.3f | %.3f | 1.0x |%n", name,
          percentile(luceneMs, 50), percentile(luceneMs, 99));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  private static List<NewArticle> readJsonl(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .map(JsonObject::new)
        .map(j -> new NewArticle(j.getString("title"), j.getString("text"), null, j.getString("source"), null))
        .toList();
  }
}
