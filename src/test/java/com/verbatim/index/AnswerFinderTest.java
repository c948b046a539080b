package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.Answer;
import com.verbatim.model.Answer.Quote;
import com.verbatim.model.Ask;
import com.verbatim.support.Samples;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class AnswerFinderTest {

  private static SampleIndex sample;
  private static AnswerFinder finder;

  @BeforeAll
  static void indexSample() throws IOException {
    sample = SampleIndex.open();
    finder = sample.finder;
  }

  @AfterAll
  static void close() throws IOException {
    sample.close();
  }

  private static List<String> texts(String question, int limit) throws IOException {
    return sample.texts(question, limit);
  }

  @Test
  @DisplayName("'Who did Blinken meet?' puts the Wang Yi, top-officials and Qin sentences in the top 3")
  void missionQuestion() throws IOException {
    List<String> top3 = texts("Who did Blinken meet?", 3);

    assertThat(top3).hasSize(3);
    assertThat(top3).anySatisfy(s -> assertThat(s).contains("Wang Yi"));
    assertThat(top3).anySatisfy(s -> assertThat(s).contains("Blinken met with top Chinese officials"));
    assertThat(top3).anySatisfy(s -> assertThat(s).contains("talks with Qin"));
  }

  @Test
  @DisplayName("each quote carries a citation with the sentence number and a link to its anchor")
  void citations() throws IOException {
    Answer answer = finder.answer(new Ask("a1", "Who did Blinken meet?", 5, List.of()));
    Quote first = answer.sentences().get(0);

    assertThat(answer.id()).isEqualTo("a1");
    assertThat(first.citation().n()).isEqualTo(1);
    assertThat(first.citation().article().source()).isEqualTo("Verbatim sample corpus");
    assertThat(first.citation().link()).isEqualTo("/articles/" + first.citation().article().id() + "#s"
        + first.citation().sentence());
    assertThat(answer.sentences()).extracting(Quote::text).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("highlights cover the matched words, inflected forms included")
  void highlights() throws IOException {
    Quote metWith = finder.answer(new Ask(null, "Who did Blinken meet?", 5, List.of())).sentences().stream()
        .filter(q -> q.text().contains("met with top")).findFirst().orElseThrow();

    assertThat(metWith.highlights()).extracting(r -> metWith.text().substring(r[0], r[1]))
        .containsExactly("Blinken", "met");
  }

  @Test
  @DisplayName("'met', 'meets' and 'meeting' all match 'meet'")
  void inflectionsMatch() {
    NewsAnalyzer analyzer = new NewsAnalyzer();
    assertThat(Terms.analyze(analyzer, "met meets meeting meet")).containsExactly("meet", "meet", "meet", "meet");
    assertThat(Terms.analyze(analyzer, "Who did Blinken meet?")).containsExactly("blinken", "meet");
  }

  @Test
  @DisplayName("Lucene syntax in a question is plain text, and still finds the answer")
  void luceneSyntaxIsText() throws IOException {
    assertThat(texts("\"Blinken\" AND (met* OR ~2 \\ / [Wang", 5)).isNotEmpty()
        .anySatisfy(s -> assertThat(s).contains("Wang Yi"));
  }

  @Test
  @DisplayName("questions about something else find nothing")
  void offTopic() throws IOException {
    assertThat(texts("What is the capital of France?", 5)).isEmpty();
    assertThat(texts("Who won the World Cup?", 5)).isEmpty();
    assertThat(texts("Who?", 5)).isEmpty();
  }

  @Test
  @DisplayName("a scope of unknown articles finds nothing; the sample's own id finds its sentences")
  void scope() throws IOException {
    String id = Samples.split(Samples.blinken()).article().id();
    assertThat(finder.answer(new Ask(null, "Wang Yi", 5, List.of("unknown"))).sentences()).isEmpty();
    assertThat(finder.answer(new Ask(null, "Wang Yi", 5, List.of(id))).sentences()).isNotEmpty();
  }

  @Test
  @DisplayName("follow-ups are read with the questions before them: 'And Yellen?', 'When?', 'What about Taiwan?'")
  void followUps() throws IOException {
    assertThat(first("And Yellen?", "Who did Blinken meet?")).contains("Yellen");
    assertThat(first("When?", "Who did Blinken meet?")).containsAnyOf("Sunday", "Monday");
    assertThat(first("What about Taiwan?", "What is the most important issue for China?")).contains("Taiwan");
    assertThat(finder.answer(new Ask(null, "When?", 5, List.of())).sentences()).isEmpty();
  }

  @Test
  @DisplayName("each quote says which span answers: the duration for 'how long', the place for 'where'")
  void focus() throws IOException {
    Quote meeting = finder.answer(new Ask(null, "How long was the meeting?", 5, List.of())).sentences().get(0);
    assertThat(meeting.focus()).extracting(r -> meeting.text().substring(r[0], r[1])).containsExactly("5-1/2 hour");
    Quote where = finder.answer(new Ask(null, "Where will an eventual meeting take place?", 5, List.of()))
        .sentences().get(0);
    assertThat(where.focus()).extracting(r -> where.text().substring(r[0], r[1])).contains("Washington");
    Quote what = finder.answer(new Ask(null, "What did the State Department say?", 5, List.of())).sentences().get(0);
    assertThat(what.focus()).isEmpty();
  }

  private static String first(String question, String before) throws IOException {
    List<Quote> quotes = finder.answer(new Ask(null, question, 5, List.of(), List.of(before))).sentences();
    assertThat(quotes).as(question + " after " + before).isNotEmpty();
    return quotes.get(0).text();
  }
}
