package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.support.Samples;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class BandCandidatesTest {

  private static final String FIVE = "Blinken is the first U.S. secretary of state to visit China in five years.";
  private static final String FIVE_US = "BEIJING (Reuters) - Blinken is the first US secretary of state to visit China in five years.";
  private static final String FIVE_AGAIN = "Blinken is the first U.S. secretary of state to visit China in five years, officials said.";

  @Test
  @DisplayName("near-twins in different articles of one group commit share a cluster")
  void nearTwinsInOneGroupCommit() throws IOException {
    try (SentenceIndex index = memoryIndex()) {
      index.storeAll(List.of(Samples.split("A", FIVE, "Wire"), Samples.split("B", FIVE_US, "Post")));

      List<Hit> hits = search(index, "five");
      assertThat(hits).hasSize(2);
      assertThat(hits.get(0).cluster()).isEqualTo(hits.get(1).cluster());
    }
  }

  @Test
  @DisplayName("a sentence rewritten in a later commit is still found once, and a later near-twin joins its cluster")
  void rewrittenSentenceIsStillACandidate() throws IOException {
    try (SentenceIndex index = memoryIndex()) {
      index.store(Samples.split("A", FIVE, "Wire"));
      index.store(Samples.split("B", FIVE + "\nThe talks lasted two days.", "Post")); // rewrites the sentence doc
      index.store(Samples.split("C", FIVE_US, "Daily"));
      index.store(Samples.split("D", FIVE_AGAIN, "Gazette"));

      List<Hit> hits = search(index, "five");
      assertThat(hits).hasSize(3);
      assertThat(hits).extracting(Hit::cluster).containsOnly(hits.get(0).cluster());
    }
  }

  @Test
  @DisplayName("an index written before band keys keeps working: its sentences keep their cluster, new ones get their own")
  void indexWithoutBandKeys() throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new NewsAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField(Fields.TYPE, Fields.SENTENCE, Field.Store.NO));
      doc.add(new StringField(Fields.KEY, "old-key", Field.Store.YES));
      doc.add(new TextField(Fields.TEXT, FIVE, Field.Store.YES));
      doc.add(new StringField("band", "0:abc", Field.Store.NO)); // the hex band field of earlier versions
      doc.add(new StoredField(Fields.OCCURRENCE, "old 1"));
      writer.addDocument(doc);
    }
    try (SentenceIndex index = new SentenceIndex(directory, new NewsAnalyzer(), Ranking.similarity())) {
      index.store(Samples.split("B", FIVE_US, "Post"));

      List<Hit> hits = search(index, "five");
      assertThat(hits).hasSize(2);
      assertThat(hits).extracting(Hit::cluster).contains("old-key").doesNotHaveDuplicates();
    }
  }

  private static SentenceIndex memoryIndex() throws IOException {
    return new SentenceIndex(new ByteBuffersDirectory(), new NewsAnalyzer(), Ranking.similarity());
  }

  private static List<Hit> search(SentenceIndex index, String word) throws IOException {
    QueryPlan plan = QueryPlan.ofTerms(Terms.analyze(index.analyzer(), word));
    return index.search(plan.query(java.util.Set.of()), 50);
  }
}
