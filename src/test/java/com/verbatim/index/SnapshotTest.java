package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.index.SentenceIndex.StoredArticle;
import com.verbatim.support.Samples;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class SnapshotTest {

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
  @DisplayName("a kept article is read again once it is stored anew, and is gone once deleted")
  void keptArticlesFollowWrites() throws IOException {
    String id = index.store(Samples.split("Bridge opens", "The bridge opened on Monday. Traffic was light.", "Wire")).id();
    assertThat(articles(id).get(id).sentences()).containsExactly("The bridge opened on Monday.", "Traffic was light.");
    assertThat(articles(id).get(id)).isSameAs(articles(id).get(id)); // kept between asks

    index.store(new com.verbatim.model.SplitArticle(new com.verbatim.model.ArticleMeta(id, "Bridge opens late",
        null, "Wire", null), "other-hash", Samples.split("x", "The bridge opened on Tuesday.", "Wire").sentences(), 0));
    assertThat(articles(id).get(id).meta().title()).isEqualTo("Bridge opens late");
    assertThat(articles(id).get(id).sentences()).containsExactly("The bridge opened on Tuesday.");

    index.delete(id);
    assertThat(articles(id)).isEmpty();
    assertThat(index.metas(Set.of(id))).isEmpty();
  }

  @Test
  @DisplayName("one snapshot keeps seeing the index as it was when taken, whatever is written meanwhile")
  void snapshotIsOnePointInTime() throws IOException {
    String id = index.store(Samples.split("Ferry", "The ferry sailed at noon.", "Wire")).id();
    try (Snapshot snapshot = index.snapshot()) {
      index.delete(id);
      assertThat(snapshot.storedArticles(List.of(id))).containsKey(id);
      assertThat(snapshot.search(QueryPlan.ofTerms(Terms.analyze(index.analyzer(), "ferry")).query(Set.of()), 5)).hasSize(1);
    }
    assertThat(articles(id)).isEmpty();
  }

  @Test
  @DisplayName("a sentence's siblings are the other members of its near-duplicate cluster, none when it is alone")
  void siblings() throws IOException {
    index.store(Samples.split("A", "Blinken is the first U.S. secretary of state to visit China in five years.", "Wire"));
    index.store(Samples.split("B", "BEIJING (Reuters) - Blinken is the first US secretary of state to visit China in five years.", "Post"));
    index.store(Samples.split("C", "The talks lasted seven hours.", "Daily"));
    try (Snapshot snapshot = index.snapshot()) {
      List<Hit> five = snapshot.search(QueryPlan.ofTerms(List.of("five")).query(Set.of()), 5);
      assertThat(five).hasSize(2);
      for (Hit hit : five) {
        assertThat(snapshot.siblings(hit)).extracting(Hit::key).containsExactly(
            five.stream().map(Hit::key).filter(k -> !k.equals(hit.key())).toArray(String[]::new));
      }
      Hit alone = snapshot.search(QueryPlan.ofTerms(List.of("talk")).query(Set.of()), 5).get(0);
      assertThat(snapshot.siblings(alone)).isEmpty();
      assertThat(snapshot.cluster(alone.cluster())).extracting(Hit::key).containsExactly(alone.key());
    }
  }

  @Test
  @DisplayName("a term's statistics after a write are what Lucene builds, and only the segment it added is searched")
  void termStatisticsFollowWrites() throws IOException {
    index.store(Samples.split("Ferry", "The ferry sailed at noon. The ferry was late.", "Wire"));
    int leaves;
    try (Snapshot snapshot = index.snapshot()) {
      assertSameStatistics(snapshot, "ferri", "noon", "tunnel");
      leaves = snapshot.searcher().getIndexReader().leaves().size();
    }
    int kept = index.caches().leafTerms().size();
    assertThat(kept).isEqualTo(3 * leaves);
    index.store(Samples.split("Tunnel", "The tunnel and the ferry closed.", "Daily"));
    try (Snapshot snapshot = index.snapshot()) {
      assertSameStatistics(snapshot, "ferri", "noon", "tunnel");
      int added = snapshot.searcher().getIndexReader().leaves().size() - leaves;
      assertThat(added).isEqualTo(1);
      assertThat(index.caches().leafTerms().size()).isEqualTo(kept + 3 * added);
      assertThat(snapshot.rarity(List.of("ferri")).docFreq()).containsEntry("ferri", 3);
    }
  }

  private static void assertSameStatistics(Snapshot snapshot, String... terms) throws IOException {
    Map<String, TermStates> kept = snapshot.termStates(List.of(terms));
    for (String term : terms) {
      TermStates built = TermStates.build(snapshot.searcher(), new Term(Fields.TEXT, term), true);
      TermStates ours = kept.get(term);
      assertThat(ours.wasBuiltFor(snapshot.searcher().getTopReaderContext())).isTrue();
      assertThat(ours.docFreq()).as(term).isEqualTo(built.docFreq());
      assertThat(ours.totalTermFreq()).as(term).isEqualTo(built.totalTermFreq());
      for (LeafReaderContext leaf : snapshot.searcher().getIndexReader().leaves()) {
        assertThat(String.valueOf(ours.get(leaf))).as(term).isEqualTo(String.valueOf(built.get(leaf)));
      }
    }
  }

  private Map<String, StoredArticle> articles(String id) throws IOException {
    return index.storedArticles(List.of(id));
  }
}
