package com.verbatim.eval.dedup;

import com.verbatim.dedup.RepeatRemover;
import com.verbatim.split.SentenceSplitter;
import com.verbatim.index.SentenceIndex;
import com.verbatim.model.Article;
import com.verbatim.model.IngestResult;
import com.verbatim.model.SplitArticle;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times the text pipeline on the whole BBC corpus: split + remove repeats + store into a fresh
 * on-disk {@link SentenceIndex} (near-duplicate clusters, one durable commit per article, as the
 * product does). Reports MB/s of text and articles/s, and in the same run the split-only speed,
 * so the ratio still means something on a busy machine, and the same store into an in-memory
 * directory, which separates the cost of the disk from that of the index work, once cold (as
 * before) and once more with the JIT warm, the steady state of a long-running server. One
 * warm-up pass of the split. Each phase also reports the CPU time of the thread that runs it, which
 * other processes on a busy machine barely change (the durable store waits on fsync besides, and
 * Lucene's background merges are left out), so the CPU ratio is the one to compare between runs.
 *
 * <p>Usage: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.verbatim.eval.dedup.PipelineBenchmark [-Dexec.args="../shared/eval/news/articles.jsonl"]}.
 * Prints to standard output (a report).
 */
public final class PipelineBenchmark {

  private static final PrintStream OUT = System.out;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Wall-clock and this thread's CPU seconds of one phase. */
  private record Timing(double seconds, double cpuSeconds) {
    static long[] start() {
      return new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime()};
    }

    static Timing since(long[] start) {
      return new Timing((System.nanoTime() - start[0]) / 1e9, (THREADS.getCurrentThreadCpuTime() - start[1]) / 1e9);
    }
  }

  private PipelineBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    Path jsonl = Path.of(args.length > 0 ? args[0] : "../shared/eval/news/articles.jsonl");
    List<Article> articles = new ArrayList<>();
    long bytes = 0;
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      JsonObject a = new JsonObject(line);
      // the BBC ids stand in for URLs, so the 136 duplicate bodies exercise the same-body update path
      articles.add(new Article(a.getString("id"), a.getString("title"), a.getString("text"), null,
          a.getString("source"), null));
      bytes += a.getString("text").getBytes(StandardCharsets.UTF_8).length;
    }
    double mb = bytes / 1e6;
    RepeatRemover remover = new RepeatRemover(new SentenceSplitter());
    articles.forEach(remover::split); // warm-up

    long[] t0 = Timing.start();
    List<SplitArticle> split = articles.stream().map(remover::split).toList();
    Timing splitOnly = Timing.since(t0);

    Timing memory = storeInMemory(articles, remover);
    Timing warm = storeInMemory(articles, remover);

    Path dir = Files.createTempDirectory("verbatim-bench");
    int created = 0;
    int updated = 0;
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      long[] t1 = Timing.start();
      for (Article article : articles) {
        IngestResult r = index.store(remover.split(article));
        created += r.created() ? 1 : 0;
        updated += IngestResult.UPDATED.equals(r.status()) ? 1 : 0;
      }
      Timing durable = Timing.since(t1);
      OUT.printf("Corpus: %s, %d articles, %.2f MB of body text, %d sentences after in-article dedup%n", jsonl,
          articles.size(), mb, split.stream().mapToInt(s -> s.sentences().size()).sum());
      print("Split + dedup only:", splitOnly, mb, articles.size());
      print("Split + dedup + index (durable):", durable, mb, articles.size());
      print("Same, index in memory (no fsync):", memory, mb, articles.size());
      print("Same, in memory, second pass (warm JIT):", warm, mb, articles.size());
      OUT.printf("Full pipeline takes %.1fx the time of splitting alone (CPU time: %.1fx)%n",
          durable.seconds() / splitOnly.seconds(), durable.cpuSeconds() / splitOnly.cpuSeconds());
      OUT.printf("Stored: %d created, %d updates (same body again), index %s%n", created, updated, index.stats().toJson());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void print(String label, Timing t, double mb, int articles) {
    OUT.printf("%-40s %7.2f s  %7.2f MB/s  %8.0f articles/s   CPU %7.2f s  %8.0f articles/CPU-s%n", label,
        t.seconds(), mb / t.seconds(), articles / t.seconds(), t.cpuSeconds(), articles / t.cpuSeconds());
  }

  /** Time to split and store every article into a fresh in-memory index. */
  private static Timing storeInMemory(List<Article> articles, RepeatRemover remover) throws IOException {
    try (SentenceIndex memory = new SentenceIndex(new org.apache.lucene.store.ByteBuffersDirectory(),
        new com.verbatim.index.NewsAnalyzer(), com.verbatim.index.Ranking.similarity())) {
      long[] t = Timing.start();
      for (Article article : articles) {
        memory.store(remover.split(article));
      }
      return Timing.since(t);
    }
  }
}
