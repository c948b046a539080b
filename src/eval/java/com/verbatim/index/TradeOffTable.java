package com.verbatim.index;

import com.verbatim.dedup.RepeatRemover;
import com.verbatim.eval.newsqa.BbcCorpus;
import com.verbatim.eval.newsqa.NewsQaEval;
import com.verbatim.eval.newsqa.NewsQuestion;
import com.verbatim.eval.wikiqa.ApiRanker;
import com.verbatim.eval.wikiqa.Qrels;
import com.verbatim.eval.wikiqa.ReturnedCandidates;
import com.verbatim.eval.wikiqa.RunFile;
import com.verbatim.eval.wikiqa.SemanticRanker;
import com.verbatim.eval.wikiqa.TrecEval;
import com.verbatim.eval.wikiqa.WikiQaData;
import com.verbatim.eval.wikiqa.WikiQaEval;
import com.verbatim.semantic.SemanticIndex;
import com.verbatim.split.SentenceSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The abstention trade-off on both dev sets at once, semantic ranking on: for each semantic bar (the least
 * cosine a sentence needs unless its context covers {@link ContextSettings#semanticTrust()} of the question)
 * and each coverage bar, NewsQA dev over the whole BBC corpus (hit@1, hit@3, answerable wrongly abstained,
 * unanswerable abstained) beside WikiQA dev as the API returns it (MAP over the questions with an answer, the
 * share of those abstained on, the share of questions without an answer abstained on).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.verbatim.index.TradeOffTable -Dexec.args=/tmp/bbc-index</pre>
 * The argument is a folder that keeps the embedded BBC index between runs (made on the first).
 */
public final class TradeOffTable {

  private static final double[] SEMANTIC_BARS = {0, 0.80, 0.82, 0.84};
  private static final double[] COVERAGE_BARS = {0.5, 0.6};

  private TradeOffTable() {
  }

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bbc-index"));
    List<NewsQuestion> news = NewsQuestion.load(NewsQaEval.QUESTIONS.resolve("dev.tsv"));
    Path wikiDir = Path.of(WikiQaEval.DEFAULT_DATA_DIR);
    List<WikiQaData.Question> wiki = WikiQaData.load(wikiDir, "dev");
    Qrels qrels = Qrels.read(wikiDir.resolve("WikiQA-dev-filtered.ref"));
    Semantic wikiSemantic = new SemanticRanker(Ranking.SETTINGS, false, false).semantic();
    try (SentenceIndex index = SentenceIndex.open(dir)) {
      BbcCorpus corpus = BbcCorpus.ingest(NewsQaEval.NEWS, index, new RepeatRemover(new SentenceSplitter()));
      SemanticIndex vectors = SemanticIndex.load(index);
      vectors.embedPending();
      System.out.println("| semantic bar | coverage bar | news hit@1 | news hit@3 | news answerable abstained"
          + " | news unanswerable abstained | WikiQA MAP (API) | WikiQA answerable abstained"
          + " | WikiQA unanswerable abstained |");
      System.out.println("|---|---|---|---|---|---|---|---|---|");
      for (double semanticBar : SEMANTIC_BARS) {
        for (double coverageBar : COVERAGE_BARS) {
          ContextSettings c = Ranking.CONTEXT;
          ContextSettings s = new ContextSettings(c.topArticles(), c.sentenceWeight(), c.contextWeight(), c.ownContext(),
              c.focusWeight(), c.looseFocus(), coverageBar, c.rareBar(), c.untyped(), c.looseUntyped(), semanticBar,
              c.semanticTrust()).withModel(c.model());
          NewsQaEval.Report report = NewsQaEval.run(news, new AnswerFinder(index, vectors, s), corpus, false);
          WikiRow w = wiki(wiki, qrels, new ApiRanker(idx -> new AnswerFinder(idx, wikiSemantic, s)));
          NewsQaEval.Tally a = report.answerable();
          NewsQaEval.Tally u = report.unanswerable();
          System.out.printf(Locale.ROOT, "| %.2f | %.2f | %.3f | %.3f | %.3f | %.3f | %.4f | %.3f | %.3f |%n",
              semanticBar, coverageBar, a.share(a.hit1), a.share(a.hit3), a.share(a.abstained), u.share(u.abstained),
              w.map, w.answerableAbstained, w.unanswerableAbstained);
        }
      }
    }
  }

  private record WikiRow(double map, double answerableAbstained, double unanswerableAbstained) {
  }

  private static WikiRow wiki(List<WikiQaData.Question> questions, Qrels qrels, ApiRanker ranker) {
    Map<String, List<RunFile.Result>> results = new LinkedHashMap<>();
    int withAnswer = 0;
    int withAnswerAbstained = 0;
    int without = 0;
    int withoutAbstained = 0;
    for (WikiQaData.Question q : questions) {
      ReturnedCandidates returned = ranker.answer(q.text(), q.documentTitle(), q.sentences());
      double[] scores = returned.scores();
      results.put(q.qid(), q.candidates().stream().map(c -> new RunFile.Result(c.docno(), scores[c.index()])).toList());
      boolean answerable = q.candidates().stream().anyMatch(c -> c.label() == 1);
      boolean abstained = returned.quotes().isEmpty();
      if (answerable) {
        withAnswer++;
        withAnswerAbstained += abstained ? 1 : 0;
      } else {
        without++;
        withoutAbstained += abstained ? 1 : 0;
      }
    }
    double map = TrecEval.evaluate(qrels, RunFile.of(results), TrecEval.TieBreak.EARLIER_FIRST).map();
    return new WikiRow(map, (double) withAnswerAbstained / withAnswer, (double) withoutAbstained / without);
  }
}
