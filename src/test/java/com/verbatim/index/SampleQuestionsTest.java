package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.Answer.Quote;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Questions of the kinds readers ask about the sample article, each with the sentence that must come first. */
@Timeout(60)
class SampleQuestionsTest {

  private static SampleIndex sample;

  @BeforeAll
  static void indexSample() throws IOException {
    sample = SampleIndex.open();
  }

  @AfterAll
  static void close() throws IOException {
    sample.close();
  }

  private static List<String> answer(String question) throws IOException {
    return sample.texts(question, 5);
  }

  @ParameterizedTest(name = "{0} -> first sentence holds \"{1}\"")
  @CsvFileSource(resources = "/index/sample-questions.csv", delimiter = '|')
  @DisplayName("the sentence that answers comes first")
  void firstSentenceAnswers(String question, String expected) throws IOException {
    List<String> sentences = answer(question);

    assertThat(sentences).isNotEmpty();
    assertThat(sentences.get(0)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Who won the World Cup?", "What is the capital of France?", "Who bought Twitter?",
      "When did the Berlin Wall fall?", "How many goals did Messi score?", "Where is the Eiffel Tower?"})
  @DisplayName("questions about something else return no sentences")
  void offTopicFindsNothing(String question) throws IOException {
    assertThat(answer(question)).isEmpty();
  }
}
