package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.Samples;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.TermStates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TermStatsCacheTest {

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
    TermStatsCache cache = new TermStatsCache(16);
    try (Snapshot snapshot = index.snapshot()) {
      TermStates ferry = cache.get(snapshot.searcher(), "ferri");
      assertThat(ferry.docFreq()).isEqualTo(3);
      assertThat(ferry.totalTermFreq()).isEqualTo(3);
      assertThat(cache.get(snapshot.searcher(), "bridg").docFreq()).isEqualTo(1);
      assertThat(cache.get(snapshot.searcher(), "tunnel").docFreq()).isZero();
      assertThat(cache.get(snapshot.searcher(), "ferri")).isSameAs(ferry);
      assertThat(cache.size()).isEqualTo(3);
    }
    index.store(Samples.split("Tunnel", "The tunnel and the ferry closed.", "Daily"));
    try (Snapshot snapshot = index.snapshot()) {
      assertThat(cache.get(snapshot.searcher(), "ferri").docFreq()).isEqualTo(4);
      assertThat(cache.get(snapshot.searcher(), "tunnel").docFreq()).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("a capacity of 0 keeps nothing and still gives the statistics")
  void noCapacity() throws IOException {
    TermStatsCache cache = new TermStatsCache(0);
    try (Snapshot snapshot = index.snapshot()) {
      assertThat(cache.get(snapshot.searcher(), "ferri").docFreq()).isEqualTo(3);
      assertThat(cache.get(snapshot.searcher(), "ferri")).isNotSameAs(cache.get(snapshot.searcher(), "ferri"));
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
      assertThat(kept).extracting(Hit::key).containsExactlyElementsOf(plain.stream().map(Hit::key).toList());
      assertThat(kept).extracting(Hit::score).containsExactlyElementsOf(plain.stream().map(Hit::score).toList());
      assertThat(plain).hasSize(4);
      assertThat(snapshot.rarity(plan.terms()).docFreq()).containsExactlyInAnyOrderEntriesOf(
          java.util.Map.of("ferri", 3, "late", 1, "bridg", 1));
    }
  }
}
