package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class PrimaryKeysTest {

  @Test
  @DisplayName("a key finds its first live document across segments, as a term query ranks it first")
  void firstLiveAcrossSegments() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
            .setMergePolicy(NoMergePolicy.INSTANCE))) {
      writer.addDocument(doc("a", "first"));
      writer.addDocument(doc("b", "first"));
      writer.commit();
      writer.updateDocument(new Term("id", "a"), doc("a", "second")); // the first segment's "a" is deleted
      writer.addDocument(doc("c", "second"));
      writer.addDocument(doc("c", "second again")); // two live documents with one key: the first counts
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertThat(reader.leaves()).hasSize(2);
        IndexSearcher searcher = new IndexSearcher(reader);
        PrimaryKeys keys = new PrimaryKeys(reader);
        for (String id : new String[] {"a", "b", "c", "a", "missing"}) {
          TopDocs top = searcher.search(new TermQuery(new Term("id", id)), 1);
          int expected = top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
          assertThat(keys.first("id", id)).as(id).isEqualTo(expected);
        }
        assertThat(searcher.storedFields().document(keys.first("id", "a")).get("body")).isEqualTo("second");
        assertThat(searcher.storedFields().document(keys.first("id", "c")).get("body")).isEqualTo("second");
        assertThat(keys.first("no such field", "a")).isEqualTo(-1);
      }
    }
  }

  private static Document doc(String id, String body) {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.YES));
    doc.add(new StringField("body", body, Field.Store.YES));
    return doc;
  }
}
