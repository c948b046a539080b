package com.verbatim.index;

import com.verbatim.dedup.RepeatRemover;
import com.verbatim.eval.bench.Questions;
import com.verbatim.eval.newsqa.NewsQaEval;
import com.verbatim.ingest.ArticleIds;
import com.verbatim.model.Article;
import com.verbatim.model.Ask;
import com.verbatim.model.NewArticle;
import com.verbatim.model.SplitArticle;
import com.verbatim.split.SentenceSplitter;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPU time of a bulk ingest and of the asks beside it, in one thread, so a busy machine disturbs it far less than
 * the load benchmark's latencies (issue 10): the first half of the BBC corpus stored in bulks of 500, then the
 * second half in bulks of {@code bulk=100}, and after each bulk {@code asks=20} never-repeated asks on the
 * refreshed index and {@code asks} more. Prints the CPU per stored article (this thread; and the whole process,
 * merges and collection included) and per ask: right after a refresh, the next ones, and on an index that no
 * write changes. Run it against another build by putting that jar first on the class path.
 *
 * <pre>java -cp OTHER.jar:target/test-classes:$(cat cp.txt) com.verbatim.index.IngestCpu dir=/tmp/ingest-cpu</pre>
 */
public final class IngestCpu {

  private IngestCpu() {
  }

  public static void main(String[] argv) throws Exception {
    java.util.Map<String, String> args = new java.util.HashMap<>();
    for (String a : argv) {
      String[] kv = a.split("=", 2);
      args.put(kv[0], kv[1]);
    }
    int bulk = Integer.parseInt(args.getOrDefault("bulk", "100"));
    int asks = Integer.parseInt(args.getOrDefault("asks", "20"));
    Path dir = Files.createDirectories(Path.of(args.getOrDefault("dir", "target/ingest-cpu")));
    List<JsonObject> articles = Files.readAllLines(NewsQaEval.NEWS, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).map(JsonObject::new).toList();
    List<String> texts = new ArrayList<>();
    articles.forEach(a -> texts.add(a.getString("title")));
    articles.forEach(a -> texts.add(a.getString("text")));
    Questions questions = Questions.fromTexts(texts, 3000);
    RepeatRemover remover = new RepeatRemover(new SentenceSplitter());
    List<SplitArticle> splits = new ArrayList<>();
    for (JsonObject a : articles) {
      NewArticle input = new NewArticle(a.getString("title"), a.getString("text"), null, a.getString("source"), null);
      splits.add(remover.split(Article.of(ArticleIds.of(input), input)));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int half = splits.size() / 2;
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      for (int from = 0; from < half; from += 500) {
        index.storeAll(splits.subList(from, Math.min(half, from + 500)));
      }
      AnswerFinder finder = new AnswerFinder(index, null);
      long n = 0;
      for (int i = 0; i < 500; i++) {
        finder.answer(new Ask("w", questions.question(n++), 5, List.of()));
      }
      long[] steady = {0, 0};
      for (int i = 0; i < 10 * asks; i++) {
        long cpu = threads.getCurrentThreadCpuTime();
        finder.answer(new Ask("s", questions.question(n++), 5, List.of()));
        steady[0] += threads.getCurrentThreadCpuTime() - cpu;
        steady[1]++;
      }
      long writeThread = 0;
      long writeProcess = 0;
      long[] first = {0, 0};
      long[] next = {0, 0};
      for (int from = half; from < splits.size(); from += bulk) {
        long cpu = threads.getCurrentThreadCpuTime();
        long process = os.getProcessCpuTime();
        index.storeAll(splits.subList(from, Math.min(splits.size(), from + bulk)));
        writeThread += threads.getCurrentThreadCpuTime() - cpu;
        writeProcess += os.getProcessCpuTime() - process;
        for (long[] window : new long[][] {first, next}) {
          for (int i = 0; i < asks; i++) {
            long before = threads.getCurrentThreadCpuTime();
            finder.answer(new Ask("r", questions.question(n++), 5, List.of()));
            window[0] += threads.getCurrentThreadCpuTime() - before;
            window[1]++;
          }
        }
      }
      int stored = splits.size() - half;
      System.out.printf(Locale.ROOT, "write: %.2f ms CPU per article on the write thread, %.2f ms in the whole process"
              + " (%d articles in bulks of %d)%n", writeThread / 1e6 / stored, writeProcess / 1e6 / stored, stored, bulk);
      System.out.printf(Locale.ROOT, "read: %.3f ms CPU per ask in the first %d after a refresh, %.3f in the next %d,"
              + " %.3f with no writes (%d asks)%n", first[0] / 1e6 / first[1], asks, next[0] / 1e6 / next[1], asks,
          steady[0] / 1e6 / steady[1], steady[1]);
    }
  }
}
