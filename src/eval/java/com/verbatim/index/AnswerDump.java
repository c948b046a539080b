package com.verbatim.index;

import com.verbatim.dedup.RepeatRemover;
import com.verbatim.eval.bench.Questions;
import com.verbatim.eval.newsqa.BbcCorpus;
import com.verbatim.eval.newsqa.NewsQaEval;
import com.verbatim.eval.newsqa.NewsQuestion;
import com.verbatim.ingest.ArticleIds;
import com.verbatim.ingest.SampleCorpus;
import com.verbatim.model.Answer;
import com.verbatim.model.Answer.Quote;
import com.verbatim.model.Article;
import com.verbatim.model.Ask;
import com.verbatim.model.Citation;
import com.verbatim.model.NewArticle;
import com.verbatim.semantic.SemanticIndex;
import com.verbatim.split.SentenceSplitter;
import io.vertx.core.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Two checks for work on the speed of an ask, over the BBC corpus and over the sample corpus. First, every
 * answer to a fixed question list (the news questions of dev and test, the sample questions, and the first
 * never-repeated benchmark questions) written to a file: quoted article and sentence, score, highlights, focus
 * and the other citations, so a change that must not change answers can be checked with {@code diff}. Second,
 * the CPU time of this thread per never-repeated ask ({@link ThreadMXBean}), which a busy machine disturbs far
 * less than wall time.
 *
 * <p>Arguments ({@code key=value}): {@code corpus=bbc|sample}, {@code index=DIR} (the BBC index, built there
 * when empty; the sample corpus goes to memory), {@code semantic=on|off}, {@code out=FILE} (the answers),
 * {@code dump=300} (never-repeated questions in the file), {@code threads=1} (asks of the file answered at once:
 * more than one lets concurrent questions share model runs), {@code questionBatch=1} (see
 * {@code ranking.questionBatch}), {@code warm=300} and {@code asks=1000} (never-repeated
 * asks before and in the CPU measurement), {@code rounds=1}, {@code cp=FILE} (writes the class path there, for
 * running this tool or a profiler with plain {@code java}).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.verbatim.index.AnswerDump -Dexec.args="corpus=bbc index=/tmp/bbc out=before-bbc.txt"</pre>
 */
public final class AnswerDump {

  private final Map<String, String> args;

  private AnswerDump(Map<String, String> args) {
    this.args = args;
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = Arrays.stream(argv).map(a -> a.split("=", 2))
        .collect(Collectors.toMap(kv -> kv[0], kv -> kv.length > 1 ? kv[1] : "", (a, b) -> b, LinkedHashMap::new));
    new AnswerDump(args).run();
    System.exit(0);
  }

  private String arg(String key, String fallback) {
    return args.getOrDefault(key, fallback);
  }

  private int intArg(String key, int fallback) {
    return Integer.parseInt(arg(key, String.valueOf(fallback)));
  }

  private void run() throws Exception {
    if (args.containsKey("cp")) {
      Files.writeString(Path.of(arg("cp", "")), classPath());
    }
    boolean bbc = arg("corpus", "bbc").equals("bbc");
    boolean semantic = arg("semantic", "off").equals("on");
    SentenceIndex index = bbc ? SentenceIndex.open(Files.createDirectories(Path.of(arg("index", "target/dump/bbc"))))
        : SentenceIndex.inMemory();
    RepeatRemover remover = new RepeatRemover(new SentenceSplitter());
    List<String> texts = new ArrayList<>();
    List<String[]> fixed = new ArrayList<>();
    if (bbc) {
      List<JsonObject> articles = Files.readAllLines(NewsQaEval.NEWS, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank()).map(JsonObject::new).toList();
      articles.forEach(a -> texts.add(a.getString("title")));
      articles.forEach(a -> texts.add(a.getString("text")));
      if (index.stats().articles() == 0) {
        BbcCorpus.ingest(NewsQaEval.NEWS, index, remover);
      }
      for (String split : List.of("dev", "test")) {
        for (NewsQuestion q : NewsQuestion.load(NewsQaEval.QUESTIONS.resolve(split + ".tsv"))) {
          fixed.add(new String[] {split + " " + q.qid(), q.question()});
        }
      }
    } else {
      for (NewArticle a : SampleCorpus.articles()) {
        index.store(remover.split(Article.of(ArticleIds.of(a), a)));
        texts.add(a.title());
        texts.add(a.text());
      }
      SampleCorpus.questions().forEach(q -> fixed.add(new String[] {"examples", q}));
      Path csv = Path.of("src/test/resources/index/sample-questions.csv");
      for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
        if (!line.startsWith("#") && !line.isBlank()) {
          fixed.add(new String[] {"csv", line.split("\\|")[0].strip()});
        }
      }
    }
    Questions generated = Questions.fromTexts(texts, bbc ? 3000 : 2000);
    for (int n = 0; n < intArg("dump", 300); n++) {
      fixed.add(new String[] {"generated " + n, generated.question(n)});
    }
    SemanticIndex vectors = semantic ? SemanticIndex.load(index, intArg("questionBatch", 1)) : null;
    if (vectors != null) {
      vectors.embedPending();
    }
    AnswerFinder finder = new AnswerFinder(index, vectors);
    StringBuilder out = new StringBuilder();
    ExecutorService pool = Executors.newFixedThreadPool(intArg("threads", 1));
    List<Future<Answer>> answers = new ArrayList<>();
    for (String[] q : fixed) {
      answers.add(pool.submit(() -> finder.answer(new Ask("d", q[1], 5, List.of()))));
    }
    for (int i = 0; i < fixed.size(); i++) {
      out.append(line(fixed.get(i)[0], fixed.get(i)[1], answers.get(i).get()));
    }
    pool.shutdown();
    if (args.containsKey("out")) {
      Files.writeString(Path.of(arg("out", "")), out.toString(), StandardCharsets.UTF_8);
    }
    measure(finder, generated, bbc, semantic);
    index.close();
  }

  /** CPU time of this thread per never-repeated ask, after a warm-up, as many rounds as asked. */
  private void measure(AnswerFinder finder, Questions generated, boolean bbc, boolean semantic) throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int warm = intArg("warm", 300);
    int asks = intArg("asks", 1000);
    long n = 100_000; // past the questions of the file, so no JIT profile is specific to them
    for (int i = 0; i < warm; i++) {
      finder.answer(new Ask("w", generated.question(n++), 5, List.of()));
    }
    for (int round = 0; round < intArg("rounds", 1); round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      int quotes = 0;
      for (int i = 0; i < asks; i++) {
        quotes += finder.answer(new Ask("m", generated.question(n++), 5, List.of())).sentences().size();
      }
      System.out.printf(Locale.ROOT, "%s semantic %s: %.2f ms CPU per never-repeated ask (%.2f ms wall), %d asks,"
              + " %.2f quotes per ask%n", bbc ? "BBC" : "sample", semantic ? "on" : "off",
          (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / asks, (System.nanoTime() - wall) / 1e6 / asks, asks,
          (double) quotes / asks);
    }
  }

  private static String line(String label, String question, Answer answer) {
    StringBuilder b = new StringBuilder(label).append('\t').append(question).append('\n');
    if (answer.sentences().isEmpty()) {
      b.append("  (abstained)\n");
    }
    for (Quote q : answer.sentences()) {
      b.append(String.format(Locale.ROOT, "  %.5f %s %s h%s f%s also%s%n", q.score(), cite(q.citation()),
          q.text().length() > 40 ? q.text().substring(0, 40) : q.text(), spans(q.highlights()), spans(q.focus()),
          q.alsoIn().stream().map(AnswerDump::cite).toList()));
    }
    return b.toString();
  }

  private static String cite(Citation c) {
    return c.article().id() + "#" + c.sentence();
  }

  private static String spans(List<int[]> spans) {
    return spans.stream().map(s -> s[0] + "-" + s[1]).collect(Collectors.joining(",", "[", "]"));
  }

  private static String classPath() {
    if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
      return Arrays.stream(loader.getURLs()).map(u -> {
        try {
          return Path.of(u.toURI()).toString();
        } catch (URISyntaxException e) {
          throw new IllegalArgumentException(u.toString(), e);
        }
      }).collect(Collectors.joining(File.pathSeparator));
    }
    return System.getProperty("java.class.path");
  }
}
