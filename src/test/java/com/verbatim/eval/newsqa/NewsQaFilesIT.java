package com.verbatim.eval.newsqa;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Checks the news question files against the BBC corpus when {@code ../shared/eval/news} is present, and skips otherwise. */
@Timeout(120)
class NewsQaFilesIT {

  @Test
  @DisplayName("every gold substring occurs once in its article and inside one product sentence, ids are unique, and the split follows the dealing rule")
  void questionFilesMatchTheCorpus() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(NewsQaEval.NEWS), "BBC corpus not found at " + NewsQaEval.NEWS.toAbsolutePath());
    List<NewsQuestion> dev = NewsQuestion.load(NewsQaEval.QUESTIONS.resolve("dev.tsv"));
    List<NewsQuestion> test = NewsQuestion.load(NewsQaEval.QUESTIONS.resolve("test.tsv"));

    Map<String, JsonObject> articles = NewsQaCheck.articles(NewsQaEval.NEWS);

    assertThat(NewsQaCheck.problems(dev, test, NewsQaCheck.texts(articles), NewsQaCheck.productSentences(articles)))
        .isEmpty();
    assertThat(dev).hasSize(181);
    assertThat(test).hasSize(179);
  }
}
