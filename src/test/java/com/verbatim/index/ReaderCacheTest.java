package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.Samples;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ReaderCacheTest {

  private SentenceIndex index;

  @BeforeEach
  void open() throws IOException {
    index = SentenceIndex.inMemory();
    index.store(Samples.split("Ferry", "The ferry sailed at noon. The ferry was late.", "Wire"));
    index.store(Samples.split("Bridge", "The bridge opened. No ferry crossed.", "Post"));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @Test
  @DisplayName("a term's statistics are its sentence frequencies, kept for the same reader and read anew after a write")
  void keptPerReader() throws IOException {
    ReaderCache<TermStates> cache = new ReaderCache<>(16);
    try (Snapshot snapshot = index.snapshot()) {
      TermStates ferry = stats(cache, snapshot.searcher(), "ferri");
      assertThat(ferry.docFreq()).isEqualTo(3);
      assertThat(ferry.totalTermFreq()).isEqualTo(3);
      assertThat(stats(cache, snapshot.searcher(), "bridg").docFreq()).isEqualTo(1);
      assertThat(stats(cache, snapshot.searcher(), "tunnel").docFreq()).isZero();
      assertThat(stats(cache, snapshot.searcher(), "ferri")).isSameAs(ferry);
      assertThat(cache.size()).isEqualTo(3);
    }
    index.store(Samples.split("Tunnel", "The tunnel and the ferry closed.", "Daily"));
    try (Snapshot snapshot = index.snapshot()) {
      assertThat(stats(cache, snapshot.searcher(), "ferri").docFreq()).isEqualTo(4);
      assertThat(stats(cache, snapshot.searcher(), "tunnel").docFreq()).isEqualTo(1);
      assertThat(cache.size()).isEqualTo(5);
    }
  }

  @Test
  @DisplayName("a capacity of 0 keeps nothing and still gives the value")
  void noCapacity() throws IOException {
    ReaderCache<TermStates> cache = new ReaderCache<>(0);
    try (Snapshot snapshot = index.snapshot()) {
      assertThat(stats(cache, snapshot.searcher(), "ferri").docFreq()).isEqualTo(3);
      assertThat(stats(cache, snapshot.searcher(), "ferri")).isNotSameAs(stats(cache, snapshot.searcher(), "ferri"));
      assertThat(cache.size()).isZero();
    }
  }

  @Test
  @DisplayName("the candidate query with kept statistics finds the same sentences with the same scores, and rarity agrees")
  void sameScores() throws IOException {
    QueryPlan plan = QueryPlan.ofTerms(List.of("ferri", "late", "bridg"));
    try (Snapshot snapshot = index.snapshot()) {
      List<Hit> plain = snapshot.search(plan.query(Set.of()), 10);
      List<Hit> kept = snapshot.search(plan.query(Set.of(), snapshot.termStates(plan.searched())), 10);
      assertThat(plain).hasSize(4);
      assertThat(kept).extracting(Hit::key).containsExactlyElementsOf(plain.stream().map(Hit::key).toList());
      assertThat(kept).extracting(Hit::score).containsExactlyElementsOf(plain.stream().map(Hit::score).toList());
      assertThat(snapshot.rarity(plan.terms()).docFreq())
          .containsExactlyInAnyOrderEntriesOf(Map.of("ferri", 3, "late", 1, "bridg", 1));
    }
  }

  @Test
  @DisplayName("an article is found by id once per reader; one no reader had is found once a write stores it")
  void articlesById() throws IOException {
    String id = Samples.split("Tunnel", "The tunnel closed.", "Daily").article().id();
    SentenceIndex.StoredArticle ferry;
    try (Snapshot snapshot = index.snapshot()) {
      ferry = snapshot.storedArticles(List.of(ferryId())).get(ferryId());
      assertThat(snapshot.storedArticles(List.of(id))).isEmpty();
    }
    try (Snapshot snapshot = index.snapshot()) {
      assertThat(snapshot.storedArticles(List.of(ferryId())).get(ferryId())).isSameAs(ferry);
    }
    index.store(Samples.split("Tunnel", "The tunnel closed.", "Daily"));
    try (Snapshot snapshot = index.snapshot()) {
      assertThat(snapshot.storedArticles(List.of(id)).get(id).sentences()).containsExactly("The tunnel closed.");
      assertThat(snapshot.metas(List.of(ferryId())).get(ferryId()).title()).isEqualTo("Ferry");
    }
  }

  private static String ferryId() {
    return Samples.split("Ferry", "The ferry sailed at noon. The ferry was late.", "Wire").article().id();
  }

  private static TermStates stats(ReaderCache<TermStates> cache, IndexSearcher searcher, String term)
      throws IOException {
    return cache.get(searcher.getIndexReader(), term, () -> TermStates.build(searcher, new Term(Fields.TEXT, term), true));
  }
}
