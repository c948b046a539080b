package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.IngestResult;
import com.verbatim.model.NewArticle;
import com.verbatim.model.SplitArticle;
import com.verbatim.support.EditedCopy;
import com.verbatim.support.Samples;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class SentenceIndexClusterTest {

  private SentenceIndex index;

  @BeforeEach
  void open() throws IOException {
    index = SentenceIndex.inMemory();
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @Test
  @DisplayName("a near-twin from another outlet joins the cluster of the first sentence; a changed fact does not")
  void nearTwinsShareACluster() throws IOException {
    index.store(Samples.split("A", "Blinken is the first U.S. secretary of state to visit China in five years.", "Wire"));
    index.store(Samples.split("B", "BEIJING (Reuters) - Blinken is the first US secretary of state to visit China in five years.", "Post"));
    index.store(Samples.split("C", "Blinken is the first U.S. secretary of state to visit China in six years.", "Daily"));

    Hit first = search("five").get(0);
    assertThat(first.cluster()).isNotNull();
    List<Hit> cluster = index.cluster(first.cluster());
    assertThat(cluster).hasSize(2);
    assertThat(cluster).extracting(Hit::text).anySatisfy(t -> assertThat(t).startsWith("BEIJING"));
    assertThat(only("six").cluster()).isNotEqualTo(first.cluster());
  }

  @Test
  @DisplayName("near-twins inside one new article share a cluster too, and each keeps its own text")
  void nearTwinsInOneBatch() throws IOException {
    index.store(Samples.split("A", "Officials saw little hope of resolving the major disagreements between the countries.\n"
        + "Officials saw little hope of resolving the many major disagreements between the countries.", "Wire"));

    List<Hit> hits = search("disagreements");
    assertThat(hits).hasSize(2);
    assertThat(hits.get(0).cluster()).isEqualTo(hits.get(1).cluster());
  }

  @Test
  @DisplayName("the same body under another URL updates the stored article and keeps its id")
  void sameBodyIsAnUpdate() throws IOException {
    NewArticle first = new NewArticle("Title", "Alpha met Beta in Paris.\nGamma rose 5%.", "https://a.example/1", "A", null);
    NewArticle again = new NewArticle("New title", "Alpha  met Beta in Paris.\nGamma rose 5%.", "https://b.example/2", "B", null);
    SplitArticle one = Samples.split(first);
    SplitArticle two = Samples.split(again);
    assertThat(two.article().id()).isNotEqualTo(one.article().id());

    index.store(one);
    IngestResult result = index.store(two);

    assertThat(result.id()).isEqualTo(one.article().id());
    assertThat(result.status()).isEqualTo(IngestResult.UPDATED);
    assertThat(index.stats().articles()).isEqualTo(1);
    assertThat(index.article(one.article().id()).orElseThrow().article().title()).isEqualTo("New title");
    assertThat(index.store(two).status()).isEqualTo(IngestResult.UNCHANGED);
  }

  @Test
  @DisplayName("the sample and an edited copy from another outlet: every copied sentence about Blinken is in a cluster with both outlets, each article keeps its own")
  void sampleAndEditedCopy() throws IOException {
    SplitArticle sample = Samples.split(Samples.blinken());
    SplitArticle copy = Samples.split(EditedCopy.ofSample());
    index.store(sample);
    index.store(copy);

    assertThat(index.article(copy.article().id()).orElseThrow().sentences())
        .isEqualTo(copy.sentences().stream().map(SplitArticle.SplitSentence::text).toList());
    assertThat(index.article(sample.article().id()).orElseThrow().sentences()).hasSize(16);
    String sampleId = sample.article().id();
    List<Hit> fromCopy = search("blinken").stream()
        .filter(h -> h.occurrences().stream().anyMatch(o -> o.articleId().equals(copy.article().id()))).toList();
    assertThat(fromCopy).hasSizeGreaterThanOrEqualTo(5);
    for (Hit hit : fromCopy) {
      assertThat(index.cluster(hit.cluster()).stream().flatMap(h -> h.occurrences().stream()))
          .as(hit.text()).anySatisfy(o -> assertThat(o.articleId()).isEqualTo(sampleId))
          .anySatisfy(o -> assertThat(o.articleId()).isEqualTo(copy.article().id()));
    }
  }

  private List<Hit> search(String word) throws IOException {
    QueryPlan plan = QueryPlan.ofTerms(Terms.analyze(index.analyzer(), word));
    return index.search(plan.query(java.util.Set.of()), 50);
  }

  private Hit only(String word) throws IOException {
    List<Hit> hits = search(word);
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }
}
