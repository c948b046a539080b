package com.verbatim.eval.semantic;

import com.verbatim.eval.wikiqa.WikiQaData;
import com.verbatim.eval.wikiqa.WikiQaEval;
import com.verbatim.dedup.TextKeys;
import com.verbatim.index.SentenceIndex;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitArticle.SplitSentence;
import com.verbatim.semantic.Embedder;
import com.verbatim.semantic.SentenceVectors;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;

/**
 * What the embedding model costs: load time and resident memory it adds, CPU time of one question's vector
 * (median over WikiQA test questions, one core), and CPU time per sentence at ingest, embedded one by one
 * and in the length-sorted batches {@link Embedder#passages} makes. CPU time rather than wall time, so
 * other work on a shared machine does not inflate it. Arguments: optional {@code questions=N sentences=N}.
 */
public final class SemanticBenchmark {

  private SemanticBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    int questionCount = 200;
    int sentenceCount = 400;
    for (String arg : args) {
      if (arg.startsWith("questions=")) {
        questionCount = Integer.parseInt(arg.substring(10));
      } else if (arg.startsWith("sentences=")) {
        sentenceCount = Integer.parseInt(arg.substring(10));
      }
    }
    List<WikiQaData.Question> test = WikiQaData.load(Path.of(WikiQaEval.DEFAULT_DATA_DIR), "test");
    List<String> questions = test.stream().map(WikiQaData.Question::text).distinct().limit(questionCount).toList();
    List<String> sentences = test.stream().flatMap(q -> q.sentences().stream()).distinct().limit(sentenceCount)
        .toList();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    long rssBefore = rssKb();
    long started = System.nanoTime();
    try (Embedder embedder = Embedder.load()) {
      double loadSeconds = (System.nanoTime() - started) / 1e9;
      embedder.query("warm up");
      embedder.passages(sentences.subList(0, Math.min(32, sentences.size())));
      long rssLoaded = rssKb();

      double[] perQuestion = new double[questions.size()];
      double[] wall = new double[questions.size()];
      long processBefore = processCpu();
      for (int i = 0; i < perQuestion.length; i++) {
        long w = System.nanoTime();
        long t = cpu.getCurrentThreadCpuTime();
        embedder.query(questions.get(i));
        perQuestion[i] = (cpu.getCurrentThreadCpuTime() - t) / 1e6;
        wall[i] = (System.nanoTime() - w) / 1e6;
      }
      double processPerQuestion = (processCpu() - processBefore) / 1e6 / questions.size();
      long t = cpu.getCurrentThreadCpuTime();
      for (String s : sentences) {
        embedder.passages(List.of(s));
      }
      double single = (cpu.getCurrentThreadCpuTime() - t) / 1e6 / sentences.size();
      t = cpu.getCurrentThreadCpuTime();
      embedder.passages(sentences);
      double batched = (cpu.getCurrentThreadCpuTime() - t) / 1e6 / sentences.size();
      long rssAfter = rssKb();

      Arrays.sort(perQuestion);
      Arrays.sort(wall);
      System.out.printf(Locale.ROOT, "model load %.1f s; resident memory %d MB before, %d MB loaded, %d MB after the runs%n",
          loadSeconds, rssBefore / 1024, rssLoaded / 1024, rssAfter / 1024);
      System.out.printf(Locale.ROOT, "question vector, CPU ms over %d WikiQA test questions: median %.1f, p90 %.1f%n",
          perQuestion.length, perQuestion[perQuestion.length / 2], perQuestion[perQuestion.length * 9 / 10]);
      System.out.printf(Locale.ROOT, "  wall ms median %.1f; whole-process CPU ms per question (all threads) %.1f%n",
          wall[wall.length / 2], processPerQuestion);
      System.out.printf(Locale.ROOT, "sentence vector, CPU ms per sentence over %d WikiQA test sentences: one by one %.1f, "
          + "length-sorted batches of 16 %.1f%n", sentences.size(), single, batched);
      ingest(embedder, test);
    }
  }

  /**
   * The ingest path end to end: WikiQA test's documents stored as articles in an index on disk, then
   * {@link SentenceVectors#catchUp()} (read, embed, rewrite, commit): wall time per sentence, and the
   * index's size before and after (old versions of rewritten documents included until Lucene merges).
   */
  private static void ingest(Embedder embedder, List<WikiQaData.Question> test) throws IOException {
    Path dir = Files.createTempDirectory("semantic-benchmark");
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      Set<String> titles = new HashSet<>();
      List<SplitArticle> articles = new ArrayList<>();
      for (WikiQaData.Question q : test) {
        if (titles.add(q.documentTitle())) {
          List<SplitSentence> split = q.sentences().stream()
              .map(s -> new SplitSentence(s, TextKeys.sentenceKey(s))).toList();
          articles.add(new SplitArticle(new ArticleMeta("wikiqa-" + titles.size(), q.documentTitle(), null, null, null),
              TextKeys.bodyHash(String.join("\n", q.sentences())), split, 0));
        }
      }
      index.storeAll(articles);
      long before = size(dir);
      SentenceVectors vectors = new SentenceVectors(index, Embedder.MODEL, embedder::passages);
      long pending = vectors.pending();
      long started = System.nanoTime();
      int stored = vectors.catchUp();
      double perSentence = (System.nanoTime() - started) / 1e6 / Math.max(1, stored);
      System.out.printf(Locale.ROOT, "ingest path: %d articles, %d sentences pending, %d vectors stored, %.1f ms wall per "
          + "sentence (read, embed, rewrite, commit); index %d kB before, %d kB after%n", articles.size(), pending,
          stored, perSentence, before / 1024, size(dir) / 1024);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static long size(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Resident set size of this process, from /proc (Linux). */
  private static long rssKb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }
}
