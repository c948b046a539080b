package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.Answer.Quote;
import com.verbatim.model.Ask;
import com.verbatim.support.Samples;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The article stage's evidence rules on the sample article: a sentence whose meaning is far from the
 * question (by the semantic cosine) is shown only when its words cover the question well, and a sentence
 * holding the kind of answer asked for is preferred to one that does not.
 */
@Timeout(60)
class EvidenceBarsTest {

  private static SentenceIndex index;

  @BeforeAll
  static void indexSample() throws IOException {
    index = SentenceIndex.inMemory();
    index.store(Samples.split(Samples.blinken()));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  /** Every sentence at the same cosine. */
  private static Semantic everyCosine(double cosine) {
    return (question, hits) -> {
      double[] out = new double[hits.size()];
      Arrays.fill(out, cosine);
      return out;
    };
  }

  private static List<String> texts(Semantic semantic, String question) throws IOException {
    return new AnswerFinder(index, semantic).answer(new Ask("t", question, 5, List.of())).sentences().stream()
        .map(Quote::text).toList();
  }

  @Test
  @DisplayName("a question half covered by words is answered when the meaning is close and not when it is far")
  void semanticBarOnPartialCoverage() throws IOException {
    String partial = "Did Blinken discuss climate finance with Chinese officials?";

    assertThat(texts(everyCosine(0.95), partial)).isNotEmpty();
    assertThat(texts(everyCosine(Ranking.CONTEXT.semanticBar() - 0.05), partial)).isEmpty();
  }

  @Test
  @DisplayName("a question the words cover fully is answered even when the model finds the meaning far")
  void fullCoverageIsTrusted() throws IOException {
    assertThat(texts(everyCosine(0.5), "Who did Blinken meet?")).isNotEmpty();
  }

  @Test
  @DisplayName("without the model, the words alone decide and nothing is dropped for want of a cosine")
  void noModelNoBar() throws IOException {
    assertThat(texts(null, "Did Blinken discuss climate finance with Chinese officials?")).isNotEmpty();
  }

  @Test
  @DisplayName("'how long' prefers the sentence holding a duration to sentences that only repeat the words")
  void typedSentencePreferred() throws IOException {
    assertThat(texts(null, "How long was the meeting?").get(0)).contains("5-1/2 hour meeting");
  }

  @Test
  @DisplayName("'take place' only asks for the place: the meeting in Washington answers where it will take place")
  void takePlaceIsTypeWords() throws IOException {
    assertThat(texts(everyCosine(0.5), "Where will an eventual meeting take place?").get(0))
        .contains("eventual meeting in Washington");
  }
}
