package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.ArticleView;
import com.verbatim.model.IngestResult;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.Stats;
import com.verbatim.support.Samples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class SentenceIndexTest {

  private static final SplitArticle FIRST = Samples.split("First", "Alpha met Beta.\nGamma rose 5%.", "Wire");
  private static final SplitArticle SECOND = Samples.split("Second", "Delta fell.\nAlpha met Beta.", "Post");

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
  @DisplayName("storing the same article twice adds nothing the second time")
  void reIngestIsIdempotent() throws IOException {
    IngestResult first = index.store(Samples.split(Samples.blinken()));
    IngestResult again = index.store(Samples.split(Samples.blinken()));

    assertThat(first.status()).isEqualTo(IngestResult.CREATED);
    assertThat(first.newSentences()).isEqualTo(16);
    assertThat(again.status()).isEqualTo(IngestResult.UNCHANGED);
    assertThat(again.newSentences()).isZero();
    assertThat(index.stats()).isEqualTo(new Stats(1, 16));
  }

  @Test
  @DisplayName("a sentence carried by two articles is stored once and knows both (article, position) pairs")
  void sharedSentenceKnowsEveryOccurrence() throws IOException {
    index.store(FIRST);
    IngestResult second = index.store(SECOND);

    assertThat(second.newSentences()).isEqualTo(1);
    assertThat(index.stats()).isEqualTo(new Stats(2, 3));
    Hit hit = onlyHit("alpha");
    assertThat(hit.occurrences()).containsExactly(
        new Occurrence(FIRST.article().id(), 1), new Occurrence(SECOND.article().id(), 2));
  }

  @Test
  @DisplayName("an article lists its own sentences in order, including those first seen elsewhere")
  void articleKeepsItsOwnSentences() throws IOException {
    index.store(FIRST);
    index.store(SECOND);

    ArticleView view = index.article(SECOND.article().id()).orElseThrow();
    assertThat(view.sentences()).containsExactly("Delta fell.", "Alpha met Beta.");
    assertThat(view.article().source()).isEqualTo("Post");
    assertThat(index.article("nope")).isEmpty();
  }

  @Test
  @DisplayName("deleting an article removes the sentences only it carried and keeps shared ones")
  void deleteKeepsSharedSentences() throws IOException {
    index.store(FIRST);
    index.store(SECOND);

    assertThat(index.delete(FIRST.article().id())).isTrue();

    assertThat(index.stats()).isEqualTo(new Stats(1, 2));
    assertThat(search("gamma")).isEmpty();
    assertThat(onlyHit("alpha").occurrences()).containsExactly(new Occurrence(SECOND.article().id(), 2));
    assertThat(index.delete(FIRST.article().id())).isFalse();
  }

  @Test
  @DisplayName("an updated article replaces its old sentences")
  void updateReplacesSentences() throws IOException {
    index.store(FIRST);
    SplitArticle edited = new SplitArticle(FIRST.article(), "other-hash",
        Samples.split("First", "Gamma rose 6%.", "Wire").sentences(), 0);

    IngestResult result = index.store(edited);

    assertThat(result.status()).isEqualTo(IngestResult.UPDATED);
    assertThat(index.stats()).isEqualTo(new Stats(1, 1));
    assertThat(index.article(FIRST.article().id()).orElseThrow().sentences()).containsExactly("Gamma rose 6%.");
  }

  @Test
  @DisplayName("the index on disk is opened again after a restart, with everything in it")
  void survivesRestart(@TempDir Path dir) throws IOException {
    try (SentenceIndex onDisk = SentenceIndex.open(dir)) {
      onDisk.store(FIRST);
    }
    try (SentenceIndex reopened = SentenceIndex.open(dir)) {
      assertThat(reopened.stats()).isEqualTo(new Stats(1, 2));
      assertThat(reopened.store(FIRST).status()).isEqualTo(IngestResult.UNCHANGED);
    }
  }

  private List<Hit> search(String word) throws IOException {
    QueryPlan plan = QueryPlan.ofTerms(List.of(word));
    return index.search(plan.query(java.util.Set.of()), 10);
  }

  private Hit onlyHit(String word) throws IOException {
    List<Hit> hits = search(word);
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }
}
