package com.verbatim.eval.newsqa;

import com.verbatim.dedup.RepeatRemover;
import com.verbatim.index.AnswerFinder;
import com.verbatim.index.SentenceIndex;
import com.verbatim.model.Answer;
import com.verbatim.model.Ask;
import com.verbatim.semantic.Embedder;
import com.verbatim.split.SentenceSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Probe for abstention signals: for each question of a split, the product's first quote (lexical ranking)
 * and the e5 cosine of question and quote, with whether the question is answerable and the quote gold.
 * Tab-separated: qid, kind, answerable, rank of gold, score, cosine.
 */
public final class AbstainProbe {
  private AbstainProbe() {
  }

  public static void main(String[] args) throws IOException {
    String split = args.length > 0 ? args[0] : "dev";
    List<NewsQuestion> questions = NewsQuestion.load(NewsQaEval.QUESTIONS.resolve(split + ".tsv"));
    Path dir = Files.createTempDirectory("verbatim-probe");
    try (SentenceIndex index = SentenceIndex.open(dir); Embedder embedder = Embedder.load()) {
      BbcCorpus corpus = BbcCorpus.ingest(NewsQaEval.NEWS, index, new RepeatRemover(new SentenceSplitter()));
      AnswerFinder finder = new AnswerFinder(index);
      for (NewsQuestion q : questions) {
        Answer a = finder.answer(new Ask(q.qid(), q.question(), 5, List.of()));
        if (a.sentences().isEmpty()) {
          System.out.printf(Locale.ROOT, "%s\t%s\t%s\tabstained\t0\t0%n", q.qid(), q.kind(), q.answerable());
          continue;
        }
        int rank = 0;
        for (int i = 0; i < a.sentences().size() && rank == 0; i++) {
          rank = NewsQaEval.isGold(a.sentences().get(i), q, corpus) ? i + 1 : 0;
        }
        float[] qv = embedder.query(q.question());
        List<float[]> pv = embedder.passages(a.sentences().stream().map(s -> s.text()).toList());
        StringBuilder cos = new StringBuilder();
        for (float[] p : pv) {
          double d = 0;
          for (int i = 0; i < p.length; i++) {
            d += qv[i] * p[i];
          }
          cos.append(String.format(Locale.ROOT, "%.3f ", d));
        }
        System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%d\t%.2f\t%s%n", q.qid(), q.kind(), q.answerable(), rank,
            a.sentences().get(0).score(), cos.toString().strip());
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
