package com.verbatim.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.index.AnswerFinder;
import com.verbatim.index.Hit;
import com.verbatim.index.SentenceIndex;
import com.verbatim.model.Answer;
import com.verbatim.model.Ask;
import com.verbatim.support.Samples;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.api.Timeout;

/** The real model over the sample article in memory: backfill, stored vectors and answers. No server. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SemanticIndexTest {

  private static SentenceIndex index;
  private static SemanticIndex semantic;

  @BeforeAll
  static void open() throws IOException {
    index = SentenceIndex.inMemory();
    index.store(Samples.split(Samples.blinken()));
    semantic = SemanticIndex.load(index);
  }

  @AfterAll
  static void close() throws IOException {
    semantic.close();
    index.close();
  }

  @Test
  @Order(1)
  @DisplayName("the sample's 16 sentences wait for vectors, get them, and then have cosines to a question")
  void backfill() throws IOException {
    assertThat(semantic.pending()).isEqualTo(16);
    assertThat(semantic.embedPending()).isEqualTo(16);
    assertThat(semantic.pending()).isZero();

    List<Hit> hits = index.search(new TermQuery(new Term("text", "blinken")), 5);
    assertThat(hits).isNotEmpty();
    assertThat(Arrays.stream(semantic.cosines("Who did Blinken meet?", hits)).boxed().toList())
        .allSatisfy(c -> assertThat(c).isBetween(0.0, 1.0));
  }

  @ParameterizedTest(name = "{0} -> first sentence holds \"{1}\"")
  @Order(2)
  @CsvFileSource(resources = "/index/sample-questions.csv", delimiter = '|')
  @DisplayName("with semantic ranking on, the sentence that answers still comes first")
  void firstSentenceAnswers(String question, String expected) throws IOException {
    semantic.embedPending();
    Answer answer = new AnswerFinder(index, semantic).answer(new Ask("s", question, 5, List.of()));

    assertThat(answer.sentences()).isNotEmpty();
    assertThat(answer.sentences().get(0).text()).contains(expected);
  }
}
