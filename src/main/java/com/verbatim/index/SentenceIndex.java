package com.verbatim.index;

import com.verbatim.dedup.NearDuplicates;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.ArticleView;
import com.verbatim.model.IngestResult;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.SplitArticle.SplitSentence;
import com.verbatim.model.Stats;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The corpus on disk: one Lucene document per unique sentence (with every article and position
 * that carries it) and one per article (its metadata and own sentences in order). Writes are
 * serialized and committed before they return, so a stored article survives a crash; searches run
 * concurrently on a {@link SearcherManager}.
 */
public final class SentenceIndex implements Closeable {

  private final Directory directory;
  private final Analyzer analyzer;
  private final Similarity similarity;
  private final NearDuplicates nearDuplicates;
  private IndexWriter writer;
  private SearcherManager searchers;

  public SentenceIndex(Directory directory, Analyzer analyzer, Similarity similarity) throws IOException {
    this(directory, analyzer, similarity, NearDuplicates.defaults());
  }

  /** An index that puts near-duplicate sentences into clusters as {@code nearDuplicates} decides. */
  public SentenceIndex(Directory directory, Analyzer analyzer, Similarity similarity, NearDuplicates nearDuplicates)
      throws IOException {
    this.directory = directory;
    this.analyzer = analyzer;
    this.similarity = similarity;
    this.nearDuplicates = nearDuplicates;
    openWriter();
  }

  /** Opens (or creates) the index under {@code dir} with the product's analyzer and ranking. */
  public static SentenceIndex open(Path dir) throws IOException {
    return open(dir, NearDuplicates.defaults());
  }

  /** As {@link #open(Path)}, with the given near-duplicate check. */
  public static SentenceIndex open(Path dir, NearDuplicates nearDuplicates) throws IOException {
    return new SentenceIndex(FSDirectory.open(dir), new NewsAnalyzer(), Ranking.similarity(), nearDuplicates);
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  private void openWriter() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(similarity)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    writer = new IndexWriter(directory, config);
    writer.commit(); // a fresh index is readable at once
    searchers = new SearcherManager(writer, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
          org.apache.lucene.index.IndexReader previous) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        return searcher;
      }
    });
  }

  /**
   * Stores an article and its sentences, replacing an earlier version with the same id, and
   * commits. An unchanged article is not written again. An article with a new id but the same
   * normalized body as a stored one is an update of that one and keeps its id. Each new sentence
   * joins the cluster of its nearest near-duplicate (see {@link ClusterAssigner}).
   */
  public synchronized IngestResult store(SplitArticle input) throws IOException {
    Map<String, SplitSentence> byKey = new LinkedHashMap<>();
    input.sentences().forEach(s -> byKey.putIfAbsent(s.key(), s));
    IndexSearcher searcher = searchers.acquire();
    try {
      Optional<Document> old = find(searcher, Fields.ARTICLE_ID, input.article().id())
          .or(() -> findQuietly(searcher, Fields.CONTENT_HASH, input.contentHash()));
      SplitArticle split = old.map(d -> withId(input, d.get(Fields.ARTICLE_ID))).orElse(input);
      String id = split.article().id();
      if (old.isPresent() && isUnchanged(old.get(), split)) {
        return new IngestResult(id, IngestResult.UNCHANGED, byKey.size(), split.repeatsRemoved(), 0);
      }
      Set<String> gone = new HashSet<>(old.map(d -> Arrays.asList(d.getValues(Fields.OWN_KEY))).orElse(List.of()));
      gone.removeAll(byKey.keySet());
      removeOccurrences(searcher, id, gone);
      ClusterAssigner clusters = new ClusterAssigner(nearDuplicates, searcher);
      int fresh = 0;
      int n = 0;
      for (SplitSentence sentence : byKey.values()) {
        n++;
        Optional<Document> existing = find(searcher, Fields.KEY, sentence.key());
        fresh += existing.isEmpty() ? 1 : 0;
        List<Occurrence> occurrences = existing.map(d -> occurrencesWithout(d, id)).orElseGet(ArrayList::new);
        occurrences.add(new Occurrence(id, n));
        String text = existing.map(d -> d.get(Fields.TEXT)).orElse(sentence.text());
        ClusterAssigner.Signed signed = clusters.sign(text, existing.map(ClusterAssigner::clusterOf).orElse(null));
        String cluster = signed.cluster() != null ? signed.cluster() : clusters.assign(sentence.key(), signed);
        writer.updateDocument(new Term(Fields.KEY, sentence.key()),
            sentenceDoc(sentence.key(), text, occurrences, cluster, signed.bands()));
      }
      writer.updateDocument(new Term(Fields.ARTICLE_ID, id), articleDoc(split, byKey.values()));
      writer.commit();
      String status = old.isPresent() ? IngestResult.UPDATED : IngestResult.CREATED;
      return new IngestResult(id, status, byKey.size(), split.repeatsRemoved(), fresh);
    } catch (IOException | RuntimeException e) {
      recover();
      throw e;
    } finally {
      searchers.release(searcher);
      searchers.maybeRefreshBlocking();
    }
  }

  /** Removes an article; a sentence no other article carries goes with it. False if unknown. */
  public synchronized boolean delete(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Optional<Document> old = find(searcher, Fields.ARTICLE_ID, id);
      if (old.isEmpty()) {
        return false;
      }
      removeOccurrences(searcher, id, Set.of(old.get().getValues(Fields.OWN_KEY)));
      writer.deleteDocuments(new Term(Fields.ARTICLE_ID, id));
      writer.commit();
      return true;
    } catch (IOException | RuntimeException e) {
      recover();
      throw e;
    } finally {
      searchers.release(searcher);
      searchers.maybeRefreshBlocking();
    }
  }

  /** One article with its own sentences in order. */
  public Optional<ArticleView> article(String id) throws IOException {
    return withSearcher(s -> find(s, Fields.ARTICLE_ID, id)
        .map(d -> new ArticleView(meta(d), List.of(d.getValues(Fields.OWN_SENTENCE)))));
  }

  /** Metadata of the given articles, by id; unknown ids are left out. */
  public Map<String, ArticleMeta> metas(Set<String> ids) throws IOException {
    return withSearcher(s -> {
      Map<String, ArticleMeta> out = new LinkedHashMap<>();
      for (String id : ids) {
        find(s, Fields.ARTICLE_ID, id).ifPresent(d -> out.put(id, meta(d)));
      }
      return out;
    });
  }

  public Stats stats() throws IOException {
    return withSearcher(s -> new Stats(s.count(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE))),
        s.count(new TermQuery(new Term(Fields.TYPE, Fields.SENTENCE)))));
  }

  /** The top {@code n} sentence documents for a query built by {@link QueryPlan}. */
  public List<Hit> search(Query query, int n) throws IOException {
    return withSearcher(s -> {
      TopDocs top = s.search(query, n);
      List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        List<Occurrence> occurrences = Arrays.stream(d.getValues(Fields.OCCURRENCE)).map(Occurrence::parse).toList();
        hits.add(new Hit(d.get(Fields.KEY), d.get(Fields.TEXT), sd.score, occurrences, ClusterAssigner.clusterOf(d)));
      }
      return hits;
    });
  }

  /** Every sentence of a near-duplicate cluster, with all its occurrences (score 0). */
  public List<Hit> cluster(String cluster) throws IOException {
    TermQuery query = new TermQuery(new Term(Fields.CLUSTER, cluster));
    return search(query, Math.max(1, withSearcher(s -> s.count(query))));
  }

  @Override
  public synchronized void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }

  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Drops the uncommitted changes and reopens, so the index stays usable after a failed write. */
  private void recover() throws IOException {
    try {
      writer.rollback();
    } finally {
      searchers.close();
      openWriter();
    }
  }

  private void removeOccurrences(IndexSearcher searcher, String articleId, Set<String> keys) throws IOException {
    for (String key : keys) {
      Optional<Document> doc = find(searcher, Fields.KEY, key);
      if (doc.isEmpty()) {
        continue;
      }
      List<Occurrence> rest = occurrencesWithout(doc.get(), articleId);
      if (rest.isEmpty()) {
        writer.deleteDocuments(new Term(Fields.KEY, key));
      } else {
        String text = doc.get().get(Fields.TEXT);
        writer.updateDocument(new Term(Fields.KEY, key), sentenceDoc(key, text, rest,
            ClusterAssigner.clusterOf(doc.get()), nearDuplicates.bandKeys(nearDuplicates.tokens(text))));
      }
    }
  }

  private static Optional<Document> find(IndexSearcher searcher, String field, String value) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(field, value)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
  }

  private static Optional<Document> findQuietly(IndexSearcher searcher, String field, String value) {
    try {
      return find(searcher, field, value);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The same article under the id it already has in the index. */
  private static SplitArticle withId(SplitArticle split, String id) {
    ArticleMeta m = split.article();
    return new SplitArticle(new ArticleMeta(id, m.title(), m.url(), m.source(), m.publishedAt()), split.contentHash(),
        split.sentences(), split.repeatsRemoved());
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
    return split.contentHash().equals(old.get(Fields.CONTENT_HASH)) && split.article().equals(meta(old));
  }

  private static Document sentenceDoc(String key, String text, List<Occurrence> occurrences, String cluster,
      List<String> bands) {
    Document doc = new Document();
    doc.add(new StringField(Fields.TYPE, Fields.SENTENCE, Field.Store.NO));
    doc.add(new StringField(Fields.KEY, key, Field.Store.YES));
    doc.add(new TextField(Fields.TEXT, text, Field.Store.YES));
    doc.add(new StringField(Fields.CLUSTER, cluster, Field.Store.YES));
    bands.forEach(b -> doc.add(new StringField(Fields.BAND, b, Field.Store.NO)));
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
    storeIfPresent(doc, Fields.SOURCE, meta.source());
    storeIfPresent(doc, Fields.PUBLISHED_AT, meta.publishedAt());
    doc.add(new StringField(Fields.CONTENT_HASH, split.contentHash(), Field.Store.YES));
    for (SplitSentence s : sentences) {
      doc.add(new StoredField(Fields.OWN_SENTENCE, s.text()));
      doc.add(new StoredField(Fields.OWN_KEY, s.key()));
    }
    return doc;
  }

  private static void storeIfPresent(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  private static ArticleMeta meta(Document doc) {
    return new ArticleMeta(doc.get(Fields.ARTICLE_ID), doc.get(Fields.TITLE), doc.get(Fields.URL),
        doc.get(Fields.SOURCE), doc.get(Fields.PUBLISHED_AT));
  }

  @Override
  public String toString() {
    return "SentenceIndex[" + Objects.toString(directory) + "]";
  }
}
