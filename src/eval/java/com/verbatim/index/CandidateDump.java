package com.verbatim.index;

import com.verbatim.answer.QuestionKind;
import com.verbatim.dedup.RepeatRemover;
import com.verbatim.eval.newsqa.BbcCorpus;
import com.verbatim.eval.newsqa.NewsQaEval;
import com.verbatim.eval.newsqa.NewsQuestion;
import com.verbatim.eval.trecqa.TrecQaData;
import com.verbatim.eval.trecqa.TrecQaEval;
import com.verbatim.eval.wikiqa.SemanticRanker;
import com.verbatim.eval.wikiqa.WikiQaData;
import com.verbatim.eval.wikiqa.WikiQaEval;
import com.verbatim.model.Ask;
import com.verbatim.semantic.SemanticIndex;
import com.verbatim.split.SentenceSplitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes, for every question of the evaluation sets, the features ({@link CandidateFeatures}) of every
 * candidate the article stage judges, with whether it answers, as the product's answer path computes them:
 * NewsQA over the whole BBC corpus, and TrecQA and WikiQA as the API answers them (a question's candidates
 * as one article). {@link AnswerModelTrainer} learns from these files. They hold numbers and ids only, no
 * text, and stay in the output folder ({@code target/}), never in the repository.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.verbatim.index.CandidateDump -Dexec.args="index=target/bbc-index out=target/features"</pre>
 * ({@code only=bags} or {@code only=news} for one half).
 */
public final class CandidateDump {

  /** Watches what the article stage scores, scoring nothing itself. */
  private static final class Recorder extends AnswerModel {
    final List<InContext.Candidate> seen = new ArrayList<>();

    Recorder() {
      super(new double[CandidateFeatures.NAMES.size()], Double.NEGATIVE_INFINITY);
    }

    @Override
    double score(InContext.Candidate candidate) {
      seen.add(candidate);
      return 0;
    }
  }

  private CandidateDump() {
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new HashMap<>(Map.of("index", "target/bbc-index", "out", "target/features"));
    for (String a : args) {
      String[] kv = a.split("=", 2);
      options.put(kv[0], kv[1]);
    }
    Path out = Files.createDirectories(Path.of(options.get("out")));
    String only = options.getOrDefault("only", "all");
    if (!only.equals("news")) {
      bags(out);
    }
    if (!only.equals("bags")) {
      news(Path.of(options.get("index")), out);
    }
  }

  private static void bags(Path out) throws IOException {
    Semantic wikiSemantic = new SemanticRanker(Ranking.SETTINGS, false, false).semantic();
    for (String split : List.of("train", "dev")) {
      List<WikiQaData.Question> qs = TrecQaData.load(Path.of(TrecQaEval.DEFAULT_DATA_DIR), split, TrecQaData.DEFAULT_SEED);
      bags(out.resolve("trec-" + split + ".tsv"), qs, wikiSemantic);
    }
    for (String split : List.of("dev", "test")) {
      bags(out.resolve("wiki-" + split + ".tsv"), WikiQaData.load(Path.of(WikiQaEval.DEFAULT_DATA_DIR), split),
          wikiSemantic);
    }
  }

  private static void news(Path dir, Path out) throws IOException {
    try (SentenceIndex index = SentenceIndex.open(Files.createDirectories(dir))) {
      BbcCorpus corpus = BbcCorpus.ingest(NewsQaEval.NEWS, index, new RepeatRemover(new SentenceSplitter()));
      SemanticIndex vectors = SemanticIndex.load(index);
      vectors.embedPending();
      for (String split : List.of("dev", "test")) {
        List<NewsQuestion> questions = NewsQuestion.load(NewsQaEval.QUESTIONS.resolve(split + ".tsv"));
        try (PrintWriter w = writer(out.resolve("news-" + split + ".tsv"))) {
          for (NewsQuestion q : questions) {
            Recorder recorder = new Recorder();
            new AnswerFinder(index, vectors, Ranking.CONTEXT.withModel(recorder))
                .answer(new Ask(q.qid(), q.question(), 5, List.of()));
            write(w, q.qid(), q.answerable(), QuestionKind.of(q.question()), recorder.seen, c -> c.ranked().hit().occurrences().stream()
                    .anyMatch(o -> corpus.answers(q, o.articleId(), o.n())));
          }
        }
      }
    }
  }

  private static void bags(Path file, List<WikiQaData.Question> questions, Semantic semantic) throws IOException {
    try (PrintWriter w = writer(file)) {
      for (WikiQaData.Question q : questions) {
        Recorder recorder = new Recorder();
        try (SentenceIndex index = SentenceIndex.inMemory()) {
          index.store(CandidateRanking.asArticle(q.sentences()));
          int limit = Math.max(1, Math.min(q.sentences().size(), Ask.MAX_LIMIT));
          new AnswerFinder(index, semantic, Ranking.CONTEXT.withModel(recorder))
              .answer(new Ask(null, q.text(), limit, List.of(CandidateRanking.ARTICLE_ID)));
        }
        boolean answerable = q.candidates().stream().anyMatch(c -> c.label() == 1);
        write(w, q.qid(), answerable, QuestionKind.of(q.text()), recorder.seen,
            c -> q.candidates().get(c.ranked().n() - 1).label() == 1);
        // the candidates the stage never judged (no word matched, or under a bar) rank last, in candidate order
        Set<Integer> judged = new HashSet<>();
        recorder.seen.forEach(c -> judged.add(c.ranked().n()));
        for (WikiQaData.Candidate c : q.candidates()) {
          if (!judged.contains(c.index() + 1)) {
            w.printf(Locale.ROOT, "%s\t%d\t0\t%d\t%d\t0%n", q.qid(), answerable ? 1 : 0, c.label(), c.index() + 1);
          }
        }
      }
    }
  }

  private static PrintWriter writer(Path file) throws IOException {
    PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    w.println("qid\tanswerable\tjudged\tlabel\tn\thand\t" + String.join("\t", CandidateFeatures.NAMES));
    return w;
  }

  /** One row per candidate: the question, whether it has an answer, whether this is one, the hand score, features. */
  private static void write(PrintWriter w, String qid, boolean answerable, QuestionKind kind,
      List<InContext.Candidate> seen, Predicate<InContext.Candidate> gold) {
    if (seen.isEmpty()) {
      w.printf(Locale.ROOT, "%s\t%d\t0\t0\t0\t0%n", qid, answerable ? 1 : 0);
      return;
    }
    Map<String, Double> articleContext = new HashMap<>();
    seen.stream().filter(c -> !c.evidence().barred())
        .forEach(c -> articleContext.merge(c.articleId(), c.context(), Math::max));
    ContextSettings s = Ranking.CONTEXT;
    for (InContext.Candidate c : seen) {
      double[] f = c.features();
      boolean typed = !c.focus().isEmpty();
      double nearness = Math.max(f[CandidateFeatures.NAMES.indexOf("tightFocus")],
          f[CandidateFeatures.NAMES.indexOf("looseFocus")]);
      boolean loose = kind == QuestionKind.WHO || kind == QuestionKind.WHERE || kind == QuestionKind.WHEN;
      double share = typed ? 1 : switch (kind) {
        case HOW_OLD, HOW_LONG, HOW_MUCH, HOW_MANY, WHY -> s.untyped();
        case WHO, WHERE -> s.looseUntyped();
        default -> 1;
      };
      double focus = typed ? s.focusWeight() * (loose ? s.looseFocus() : 1) * nearness : 0;
      // the hand-set combination never sees what its bars drop
      double hand = c.evidence().barred() ? Double.NEGATIVE_INFINITY : share * (s.sentenceWeight() * c.ranked().scored().score() + s.contextWeight()
          * (s.ownContext() * c.context() + (1 - s.ownContext()) * articleContext.get(c.articleId())) + focus);
      String handText = Double.isInfinite(hand) ? "-Infinity" : String.format(Locale.ROOT, "%.5f", hand);
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%s\t%d\t1\t%d\t%d\t%s", qid, answerable ? 1 : 0,
          gold.test(c) ? 1 : 0, c.ranked().n(), handText));
      for (double v : f) {
        row.append(String.format(Locale.ROOT, "\t%.5f", v));
      }
      w.println(row);
    }
  }
}
