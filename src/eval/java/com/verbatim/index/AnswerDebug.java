package com.verbatim.index;

import com.verbatim.dedup.RepeatRemover;
import com.verbatim.ingest.ArticleIds;
import com.verbatim.ingest.SampleCorpus;
import com.verbatim.model.Article;
import com.verbatim.model.NewArticle;
import com.verbatim.split.SentenceSplitter;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Shows how the article stage judged each candidate of a question over the sample article: score,
 * coverage in context, focus spans. For developers tuning the ranking.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.verbatim.index.AnswerDebug -Dexec.args="'Who did Blinken meet?'"</pre>
 */
public final class AnswerDebug {

  private AnswerDebug() {
  }

  public static void main(String[] args) throws IOException {
    RepeatRemover remover = new RepeatRemover(new SentenceSplitter());
    try (SentenceIndex index = SentenceIndex.inMemory()) {
      for (NewArticle a : SampleCorpus.articles()) {
        index.store(remover.split(Article.of(ArticleIds.of(a), a)));
      }
      Synonyms synonyms = new Synonyms(index.analyzer());
      SentenceScorer scorer = new SentenceScorer(index.analyzer(), Ranking.SETTINGS);
      InContext inContext = new InContext(index, scorer, new com.verbatim.answer.AnswerSpans(TypedWords::isPlace),
          Ranking.CONTEXT);
      for (String question : args) {
        QueryPlan plan = QueryPlan.of(question, index.analyzer(), synonyms, Ranking.SETTINGS.synonymWeight());
        TermRarity rarity = index.rarity(plan.terms());
        System.out.println(question + " -> " + plan.kind() + " " + plan.terms() + " names " + plan.names()
            + " sentence frequencies " + rarity.docFreq());
        Set<String> scope = new LinkedHashSet<>();
        List<Reranker.Ranked> ranked = new Reranker(scorer).rank(plan, index.search(plan.query(scope), 50), scope);
        for (InContext.Candidate c : inContext.rank(plan, question, rarity, ranked, scope)) {
          String text = c.ranked().hit().text();
          System.out.printf(Locale.ROOT, "  %.2f lex %.2f cov %.2f n%d focus %s: %s%n", c.score(),
              c.ranked().scored().score(), c.coverage(), c.ranked().n(),
              c.focus().stream().map(r -> text.substring(r[0], r[1])).toList(), text.substring(0, Math.min(90, text.length())));
        }
      }
    }
  }
}
