package com.verbatim.index;

import com.verbatim.dedup.RepeatRemover;
import com.verbatim.eval.newsqa.BbcCorpus;
import com.verbatim.eval.newsqa.NewsQaEval;
import com.verbatim.eval.newsqa.NewsQuestion;
import com.verbatim.ingest.ArticleIds;
import com.verbatim.ingest.SampleCorpus;
import com.verbatim.model.Answer;
import com.verbatim.model.Article;
import com.verbatim.model.Ask;
import com.verbatim.model.NewArticle;
import com.verbatim.semantic.SemanticIndex;
import com.verbatim.split.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Grid search of the article stage's {@link ContextSettings} on NewsQA dev (never test), with the sample
 * article's questions ({@code src/test/resources/index/sample-questions.csv}) as a constraint: a setting
 * that loses one of them is reported but not chosen. Prints one line per setting and the best.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.verbatim.index.ContextTuning</pre>
 */
public final class ContextTuning {

  private static final Path SAMPLE_QUESTIONS = Path.of("src/test/resources/index/sample-questions.csv");

  private ContextTuning() {
  }

  public static void main(String[] args) throws IOException {
    List<NewsQuestion> dev = NewsQuestion.load(NewsQaEval.QUESTIONS.resolve("dev.tsv"));
    List<String[]> sample = sampleQuestions();
    boolean semantic = List.of(args).contains("semantic");
    String kept = Stream.of(args).filter(a -> a.startsWith("index=")).map(a -> a.substring(6)).findFirst().orElse(null);
    String[] knobs = Stream.of(args).filter(a -> a.contains("=") && !a.startsWith("index=")).toArray(String[]::new);
    RepeatRemover remover = new RepeatRemover(new SentenceSplitter());
    Path dir = kept != null ? Files.createDirectories(Path.of(kept)) : Files.createTempDirectory("verbatim-tuning");
    try (SentenceIndex news = SentenceIndex.open(dir); SentenceIndex sampleIndex = SentenceIndex.inMemory()) {
      BbcCorpus corpus = BbcCorpus.ingest(NewsQaEval.NEWS, news, remover);
      for (NewArticle a : SampleCorpus.articles()) {
        sampleIndex.store(remover.split(Article.of(ArticleIds.of(a), a)));
      }
      SemanticIndex newsVectors = semantic ? SemanticIndex.load(news) : null;
      SemanticIndex sampleVectors = semantic ? SemanticIndex.load(sampleIndex) : null;
      if (semantic) {
        newsVectors.embedPending();
        sampleVectors.embedPending();
      }
      double best = -1;
      String bestRow = null;
      for (ContextSettings s : grid(knobs)) {
        NewsQaEval.Report report = NewsQaEval.run(dev, new AnswerFinder(news, newsVectors, s), corpus, false);
        int passed = passed(new AnswerFinder(sampleIndex, sampleVectors, s), sample);
        NewsQaEval.Tally a = report.answerable();
        NewsQaEval.Tally u = report.unanswerable();
        double objective = a.share(a.hit1) + a.share(a.hit3) + u.share(u.abstained) - a.share(a.abstained);
        String row = String.format(Locale.ROOT, "%s hit@1 %.3f hit@3 %.3f wrongAbst %.3f unansAbst %.3f sample %d/%d obj %.3f",
            s, a.share(a.hit1), a.share(a.hit3), a.share(a.abstained), u.share(u.abstained), passed, sample.size(),
            objective);
        System.out.println(row);
        if (passed == sample.size() && objective > best) {
          best = objective;
          bestRow = row;
        }
      }
      System.out.println("best: " + bestRow);
    } finally {
      if (kept == null) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  /** Settings to try: around the product's, one knob list per argument {@code name=v1,v2}. */
  private static List<ContextSettings> grid(String[] args) {
    double[] sentence = {0.3, 0.6, 1.0};
    double[] context = {0.5, 1.0};
    double[] focus = {3, 6, 10};
    double[] loose = {Ranking.CONTEXT.looseFocus()};
    double[] own = {Ranking.CONTEXT.ownContext()};
    double[] bar = {Ranking.CONTEXT.coverageBar()};
    double[] rare = {Ranking.CONTEXT.rareBar()};
    int[] top = {Ranking.CONTEXT.topArticles()};
    double[] untyped = {Ranking.CONTEXT.untyped()};
    double[] looseUntyped = {Ranking.CONTEXT.looseUntyped()};
    double[] semanticBar = {Ranking.CONTEXT.semanticBar()};
    double[] semanticTrust = {Ranking.CONTEXT.semanticTrust()};
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      double[] values = Stream.of(kv[1].split(",")).mapToDouble(Double::parseDouble).toArray();
      switch (kv[0]) {
        case "sentence" -> sentence = values;
        case "context" -> context = values;
        case "focus" -> focus = values;
        case "loose" -> loose = values;
        case "own" -> own = values;
        case "bar" -> bar = values;
        case "rare" -> rare = values;
        case "untyped" -> untyped = values;
        case "looseUntyped" -> looseUntyped = values;
        case "semanticBar" -> semanticBar = values;
        case "semanticTrust" -> semanticTrust = values;
        case "top" -> top = Stream.of(kv[1].split(",")).mapToInt(Integer::parseInt).toArray();
        default -> throw new IllegalArgumentException("unknown knob " + kv[0]);
      }
    }
    // every combination of the knobs' values, in the order of the record's components
    List<double[]> combos = List.of(new double[0]);
    double[] topArticles = java.util.Arrays.stream(top).asDoubleStream().toArray();
    for (double[] values : List.of(topArticles, sentence, context, own, focus, loose, bar, rare, untyped, looseUntyped, semanticBar,
        semanticTrust)) {
      List<double[]> next = new ArrayList<>();
      for (double[] combo : combos) {
        for (double v : values) {
          double[] longer = java.util.Arrays.copyOf(combo, combo.length + 1);
          longer[combo.length] = v;
          next.add(longer);
        }
      }
      combos = next;
    }
    List<ContextSettings> out = new ArrayList<>();
    for (double[] c : combos) {
      out.add(new ContextSettings((int) c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11]));
    }
    return out;
  }

  private static List<String[]> sampleQuestions() throws IOException {
    return Files.readAllLines(SAMPLE_QUESTIONS, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\\|")).map(p -> new String[] {p[0].strip(), p[1].strip()}).toList();
  }

  private static int passed(AnswerFinder finder, List<String[]> sample) throws IOException {
    int passed = 0;
    for (String[] q : sample) {
      Answer answer = finder.answer(new Ask(null, q[0], 5, List.of()));
      if (!answer.sentences().isEmpty() && answer.sentences().get(0).text().contains(q[1])) {
        passed++;
      } else if (Boolean.getBoolean("verbose")) {
        System.out.println("  sample miss: " + q[0] + " -> " + (answer.sentences().isEmpty() ? "(abstained)"
            : answer.sentences().get(0).text()));
      }
    }
    return passed;
  }
}
