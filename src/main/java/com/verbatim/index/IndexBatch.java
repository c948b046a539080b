package com.verbatim.index;

import com.verbatim.dedup.ClusterAssigner;
import com.verbatim.dedup.NearDuplicates;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.IngestResult;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitArticle.SplitSentence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * The writes of one commit: stores and deletes applied to the {@link IndexWriter}, with the
 * documents written so far kept in memory so that later articles of the same batch see them (the
 * searcher only sees the last commit). The caller commits once at the end, or rolls back.
 */
final class IndexBatch {

  private final IndexWriter writer;
  private final IndexSearcher searcher;
  private final NearDuplicates nearDuplicates;
  private final ClusterAssigner clusters;
  private final PrimaryKeys keys;
  private final StoredFields stored;
  /** Sentence documents written in this batch by key; an empty value means deleted. */
  private final Map<String, Optional<Document>> sentences = new HashMap<>();
  /** Article documents written in this batch by id; an empty value means deleted. */
  private final Map<String, Optional<Document>> articles = new HashMap<>();

  IndexBatch(IndexWriter writer, IndexSearcher searcher, NearDuplicates nearDuplicates) throws IOException {
    this.writer = writer;
    this.searcher = searcher;
    this.nearDuplicates = nearDuplicates;
    this.clusters = new ClusterAssigner(nearDuplicates, new BandCandidates(searcher));
    this.keys = new PrimaryKeys(searcher.getIndexReader());
    this.stored = searcher.storedFields();
  }

  /**
   * Stores an article and its sentences, replacing an earlier version with the same id, or with
   * the same normalized body under another id (whose id it then keeps).
   */
  IngestResult store(SplitArticle input) throws IOException {
    Map<String, SplitSentence> byKey = new LinkedHashMap<>();
    input.sentences().forEach(s -> byKey.putIfAbsent(s.key(), s));
    Optional<Document> old = article(input.article().id());
    if (old.isEmpty()) {
      old = sameBody(input.contentHash());
    }
    SplitArticle split = old.map(d -> withId(input, d.get(Fields.ARTICLE_ID))).orElse(input);
    String id = split.article().id();
    if (old.isPresent() && isUnchanged(old.get(), split)) {
      return new IngestResult(id, IngestResult.UNCHANGED, byKey.size(), split.repeatsRemoved(), 0);
    }
    Set<String> gone = new HashSet<>(old.map(d -> Arrays.asList(d.getValues(Fields.OWN_KEY))).orElse(List.of()));
    gone.removeAll(byKey.keySet());
    removeOccurrences(id, gone);
    int fresh = 0;
    int n = 0;
    for (SplitSentence sentence : byKey.values()) {
      n++;
      Optional<Document> existing = sentence(sentence.key());
      fresh += existing.isEmpty() ? 1 : 0;
      List<Occurrence> occurrences = existing.map(d -> occurrencesWithout(d, id)).orElseGet(ArrayList::new);
      occurrences.add(new Occurrence(id, n));
      String text = existing.map(d -> d.get(Fields.TEXT)).orElse(sentence.text());
      ClusterAssigner.Signed signed = clusters.sign(text, existing.map(BandCandidates::clusterOf).orElse(null));
      String cluster = signed.cluster() != null ? signed.cluster() : clusters.assign(sentence.key(), signed);
      putSentence(sentence.key(), withVector(sentenceDoc(sentence.key(), text, occurrences, cluster, signed.bands()),
          existing), existing.isEmpty());
    }
    Document doc = articleDoc(split, byKey.values());
    writer.updateDocument(new Term(Fields.ARTICLE_ID, id), doc);
    articles.put(id, Optional.of(doc));
    String status = old.isPresent() ? IngestResult.UPDATED : IngestResult.CREATED;
    return new IngestResult(id, status, byKey.size(), split.repeatsRemoved(), fresh);
  }

  /** Removes an article; a sentence no other article carries goes with it. False if unknown. */
  boolean delete(String id) throws IOException {
    Optional<Document> old = article(id);
    if (old.isEmpty()) {
      return false;
    }
    removeOccurrences(id, Set.of(old.get().getValues(Fields.OWN_KEY)));
    writer.deleteDocuments(new Term(Fields.ARTICLE_ID, id));
    articles.put(id, Optional.empty());
    return true;
  }

  private Optional<Document> article(String id) throws IOException {
    Optional<Document> pending = articles.get(id);
    return pending != null ? pending : find(Fields.ARTICLE_ID, id);
  }

  /** A stored article with this body hash, pending ones of this batch first. */
  private Optional<Document> sameBody(String contentHash) throws IOException {
    for (Optional<Document> pending : articles.values()) {
      if (pending.isPresent() && contentHash.equals(pending.get().get(Fields.CONTENT_HASH))) {
        return pending;
      }
    }
    Optional<Document> stored = find(Fields.CONTENT_HASH, contentHash);
    // an article deleted or replaced earlier in this batch no longer counts
    return stored.filter(d -> articles.get(d.get(Fields.ARTICLE_ID)) == null);
  }

  private Optional<Document> sentence(String key) throws IOException {
    Optional<Document> pending = sentences.get(key);
    return pending != null ? pending : find(Fields.KEY, key);
  }

  /** Writes a sentence document; one the index and this batch have never seen needs no delete-by-term. */
  private void putSentence(String key, Document doc, boolean unseen) throws IOException {
    if (unseen && !sentences.containsKey(key)) {
      writer.addDocument(doc);
    } else {
      writer.updateDocument(new Term(Fields.KEY, key), doc);
    }
    sentences.put(key, Optional.of(doc));
  }

  private void removeOccurrences(String articleId, Set<String> keys) throws IOException {
    for (String key : keys) {
      Optional<Document> doc = sentence(key);
      if (doc.isEmpty()) {
        continue;
      }
      List<Occurrence> rest = occurrencesWithout(doc.get(), articleId);
      if (rest.isEmpty()) {
        writer.deleteDocuments(new Term(Fields.KEY, key));
        sentences.put(key, Optional.empty());
      } else {
        String text = doc.get().get(Fields.TEXT);
        putSentence(key, withVector(sentenceDoc(key, text, rest, BandCandidates.clusterOf(doc.get()),
            nearDuplicates.bandKeys(nearDuplicates.tokens(text))), doc), false);
      }
    }
  }

  /**
   * Adds the vector that {@code model} made of sentence {@code key} to its current document. Skipped, false,
   * when the sentence is gone, its text is no longer {@code text}, or it already has a vector of this model:
   * whatever was stored since the vector was computed wins.
   */
  boolean putVector(String key, String text, String model, byte[] vector) throws IOException {
    Optional<Document> current = sentence(key);
    if (current.isEmpty() || !text.equals(current.get().get(Fields.TEXT))
        || model.equals(current.get().get(Fields.VECTOR_MODEL))) {
      return false;
    }
    Document doc = current.get();
    List<Occurrence> occurrences = Arrays.stream(doc.getValues(Fields.OCCURRENCE)).map(Occurrence::parse).toList();
    Document updated = sentenceDoc(key, text, occurrences, BandCandidates.clusterOf(doc),
        nearDuplicates.bandKeys(nearDuplicates.tokens(text)));
    addVector(updated, model, new BytesRef(vector));
    putSentence(key, updated, false);
    return true;
  }

  /** {@code doc} with the vector of the sentence document it replaces, if that one had a vector. */
  private static Document withVector(Document doc, Optional<Document> replaced) {
    if (replaced.isPresent() && replaced.get().get(Fields.VECTOR_MODEL) != null
        && doc.get(Fields.TEXT).equals(replaced.get().get(Fields.TEXT))) {
      addVector(doc, replaced.get().get(Fields.VECTOR_MODEL), replaced.get().getBinaryValue(Fields.VECTOR));
    }
    return doc;
  }

  private static void addVector(Document doc, String model, BytesRef vector) {
    doc.add(new StringField(Fields.VECTOR_MODEL, model, Field.Store.YES));
    doc.add(new StoredField(Fields.VECTOR, vector));
  }

  /** The stored document with this keyword, looked up with the batch's enums ({@link PrimaryKeys}). */
  private Optional<Document> find(String field, String value) throws IOException {
    int doc = keys.first(field, value);
    return doc < 0 ? Optional.empty() : Optional.of(stored.document(doc));
  }

  /** The stored document with this keyword, for a single look-up outside a write. */
  static Optional<Document> find(IndexSearcher searcher, String field, String value) throws IOException {
    int doc = new PrimaryKeys(searcher.getIndexReader()).first(field, value);
    return doc < 0 ? Optional.empty() : Optional.of(searcher.storedFields().document(doc));
  }

  private static List<Occurrence> occurrencesWithout(Document doc, String articleId) {
    List<Occurrence> out = new ArrayList<>();
    for (String stored : doc.getValues(Fields.OCCURRENCE)) {
      Occurrence o = Occurrence.parse(stored);
      if (!o.articleId().equals(articleId)) {
        out.add(o);
      }
    }
    return out;
  }

  private static boolean isUnchanged(Document old, SplitArticle split) {
    // an article stored before paragraphs were kept is rewritten once, to gain them
    boolean paragraphsKept = old.getField(Fields.OWN_PARAGRAPH) != null
        || split.sentences().stream().allMatch(s -> s.paragraph() == 0);
    // and one stored before URLs were looked up, to gain its URL key
    boolean urlKept = CanonicalUrl.of(split.article().url()).isEmpty() || old.get(Fields.URL_KEY) != null;
    return split.contentHash().equals(old.get(Fields.CONTENT_HASH)) && split.article().equals(meta(old)) && paragraphsKept
        && urlKept;
  }

  /** The same article under the id it already has in the index. */
  private static SplitArticle withId(SplitArticle split, String id) {
    ArticleMeta m = split.article();
    return new SplitArticle(new ArticleMeta(id, m.title(), m.url(), m.source(), m.publishedAt()), split.contentHash(),
        split.sentences(), split.repeatsRemoved());
  }

  private static Document sentenceDoc(String key, String text, List<Occurrence> occurrences, String cluster,
      long[] bands) {
    Document doc = new Document();
    doc.add(new StringField(Fields.TYPE, Fields.SENTENCE, Field.Store.NO));
    doc.add(new StringField(Fields.KEY, key, Field.Store.YES));
    doc.add(new TextField(Fields.TEXT, text, Field.Store.YES));
    doc.add(new StringField(Fields.CLUSTER, cluster, Field.Store.YES));
    for (long band : bands) {
      doc.add(new StringField(Fields.BAND_KEY, BandCandidates.term(band), Field.Store.NO));
    }
    occurrences.stream().map(Occurrence::articleId).distinct()
        .forEach(a -> doc.add(new StringField(Fields.CARRIED_BY, a, Field.Store.NO)));
    occurrences.forEach(o -> doc.add(new StoredField(Fields.OCCURRENCE, o.stored())));
    return doc;
  }

  private static Document articleDoc(SplitArticle split, Iterable<SplitSentence> sentences) {
    ArticleMeta meta = split.article();
    Document doc = new Document();
    doc.add(new StringField(Fields.TYPE, Fields.ARTICLE, Field.Store.NO));
    doc.add(new StringField(Fields.ARTICLE_ID, meta.id(), Field.Store.YES));
    doc.add(new StoredField(Fields.TITLE, meta.title()));
    storeIfPresent(doc, Fields.URL, meta.url());
    CanonicalUrl.of(meta.url()).ifPresent(key -> doc.add(new StringField(Fields.URL_KEY, key, Field.Store.YES)));
    storeIfPresent(doc, Fields.SOURCE, meta.source());
    storeIfPresent(doc, Fields.PUBLISHED_AT, meta.publishedAt());
    doc.add(new StringField(Fields.CONTENT_HASH, split.contentHash(), Field.Store.YES));
    for (SplitSentence s : sentences) {
      doc.add(new StoredField(Fields.OWN_SENTENCE, s.text()));
      doc.add(new StoredField(Fields.OWN_KEY, s.key()));
      if (s.paragraph() > 0) {
        doc.add(new StoredField(Fields.OWN_PARAGRAPH, s.paragraph()));
      }
    }
    return doc;
  }

  private static void storeIfPresent(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  static ArticleMeta meta(Document doc) {
    return new ArticleMeta(doc.get(Fields.ARTICLE_ID), doc.get(Fields.TITLE), doc.get(Fields.URL),
        doc.get(Fields.SOURCE), doc.get(Fields.PUBLISHED_AT));
  }
}
