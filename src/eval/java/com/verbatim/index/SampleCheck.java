package com.verbatim.index;

import com.verbatim.dedup.RepeatRemover;
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
import java.util.List;

/**
 * The sample article's questions ({@code src/test/resources/index/sample-questions.csv}) with semantic ranking
 * on, under the hand-set combination and under the learned model: the unit tests ask them by words alone.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.verbatim.index.SampleCheck</pre>
 */
public final class SampleCheck {

  private SampleCheck() {
  }

  public static void main(String[] args) throws IOException {
    List<String[]> sample = Files.readAllLines(Path.of("src/test/resources/index/sample-questions.csv"),
        StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\\|")).map(p -> new String[] {p[0].strip(), p[1].strip()}).toList();
    RepeatRemover remover = new RepeatRemover(new SentenceSplitter());
    try (SentenceIndex index = SentenceIndex.inMemory()) {
      for (NewArticle a : SampleCorpus.articles()) {
        index.store(remover.split(Article.of(ArticleIds.of(a), a)));
      }
      SemanticIndex vectors = SemanticIndex.load(index);
      vectors.embedPending();
      for (ContextSettings s : List.of(Ranking.HAND, Ranking.LEARNED)) {
        AnswerFinder finder = new AnswerFinder(index, vectors, s);
        int passed = 0;
        for (String[] q : sample) {
          Answer answer = finder.answer(new Ask(null, q[0], 5, List.of()));
          if (!answer.sentences().isEmpty() && answer.sentences().get(0).text().contains(q[1])) {
            passed++;
          } else {
            System.out.println("  miss: " + q[0] + " -> " + (answer.sentences().isEmpty() ? "(abstained)"
                : answer.sentences().get(0).text()));
          }
        }
        System.out.printf("%s: %d of %d sample questions first%n", s.model() == null ? "hand" : "learned", passed,
            sample.size());
      }
    }
  }
}
