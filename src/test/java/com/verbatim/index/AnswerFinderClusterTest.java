package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.Answer;
import com.verbatim.model.Answer.Quote;
import com.verbatim.model.Ask;
import com.verbatim.model.Citation;
import com.verbatim.model.SplitArticle;
import com.verbatim.support.EditedCopy;
import com.verbatim.support.Samples;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class AnswerFinderClusterTest {

  private static SentenceIndex index;
  private static AnswerFinder finder;
  private static String sampleId;
  private static String copyId;

  @BeforeAll
  static void indexSampleAndCopy() throws IOException {
    index = SentenceIndex.inMemory();
    SplitArticle sample = Samples.split(Samples.blinken());
    SplitArticle copy = Samples.split(EditedCopy.ofSample());
    index.store(sample);
    index.store(copy);
    sampleId = sample.article().id();
    copyId = copy.article().id();
    finder = new AnswerFinder(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Who did Blinken meet?", "Is Blinken the first US secretary of state to visit China?",
      "What did Blinken stress in his talks with Qin?", "How were the talks described?"})
  @DisplayName("an answer shows each sentence once, cited to one outlet and listing the other in alsoIn")
  void oneSentencePerCluster(String question) throws IOException {
    Answer answer = finder.answer(new Ask("q", question, 10, List.of()));

    assertThat(answer.sentences()).isNotEmpty();
    Set<String> clusters = new HashSet<>();
    for (Quote quote : answer.sentences()) {
      String cluster = clusterOf(quote.text());
      assertThat(clusters.add(cluster)).as("second sentence of a cluster: " + quote.text()).isTrue();
      List<String> cited = Stream.concat(Stream.of(quote.citation()), quote.alsoIn().stream())
          .map(c -> c.article().id()).toList();
      assertThat(cited).as(quote.text()).contains(sampleId, copyId).doesNotHaveDuplicates();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Who did Blinken meet?"})
  @DisplayName("alsoIn gives the other outlet's title, source, sentence number and link to its own near-twin")
  void alsoInPointsAtTheTwin(String question) throws IOException {
    Quote quote = finder.answer(new Ask("q", question, 10, List.of())).sentences().get(0);
    List<Citation> all = new ArrayList<>(quote.alsoIn());
    all.add(quote.citation());

    Citation copy = all.stream().filter(c -> c.article().id().equals(copyId)).findFirst().orElseThrow();
    assertThat(copy.article().source()).isEqualTo(EditedCopy.SOURCE);
    assertThat(copy.article().title()).isEqualTo("Blinken wraps up Beijing visit");
    String twin = index.article(copyId).orElseThrow().sentences().get(copy.sentence() - 1);
    assertThat(clusterOf(twin)).isEqualTo(clusterOf(quote.text()));
    assertThat(copy.link()).isEqualTo("/articles/" + copyId + "#s" + copy.sentence());
  }

  private static String clusterOf(String text) throws IOException {
    String key = com.verbatim.dedup.TextKeys.sentenceKey(text);
    QueryPlan plan = QueryPlan.ofTerms(Terms.analyze(index.analyzer(), text));
    return index.search(plan.query(Set.of()), 50).stream().filter(h -> h.key().equals(key)).findFirst()
        .orElseThrow().cluster();
  }
}
