package com.verbatim.index;

import com.verbatim.dedup.RepeatRemover;
import com.verbatim.ingest.ArticleIds;
import com.verbatim.ingest.SampleCorpus;
import com.verbatim.model.Answer;
import com.verbatim.model.Article;
import com.verbatim.model.Ask;
import com.verbatim.model.NewArticle;
import com.verbatim.split.SentenceSplitter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Shows how the product reads questions over the sample article (kind, terms, names and their sentence
 * frequencies) and what it answers: score, sentence number and focus of each quote. For developers tuning
 * the ranking.
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
      AnswerFinder finder = new AnswerFinder(index);
      for (String question : args) {
        QueryPlan plan = QueryPlan.of(question, index.analyzer(), synonyms, Ranking.SETTINGS.synonymWeight());
        System.out.println(question + " -> " + plan.kind() + " " + plan.terms() + " names " + plan.names()
            + " sentence frequencies " + index.rarity(plan.terms()).docFreq());
        for (Answer.Quote q : finder.answer(new Ask(null, question, 20, List.of())).sentences()) {
          String text = q.text();
          System.out.printf(Locale.ROOT, "  %.2f s%d focus %s: %s%n", q.score(), q.citation().sentence(),
              q.focus().stream().map(r -> text.substring(r[0], r[1])).toList(),
              text.substring(0, Math.min(90, text.length())));
        }
      }
    }
  }
}
