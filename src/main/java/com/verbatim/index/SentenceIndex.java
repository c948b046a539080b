package com.verbatim.index;

import com.verbatim.dedup.NearDuplicates;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.ArticleView;
import com.verbatim.model.IngestResult;
import com.verbatim.model.SplitArticle;
import com.verbatim.model.Stats;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The corpus on disk: one Lucene document per unique sentence (with every article and position
 * that carries it) and one per article (its metadata and own sentences in order). Writes are
 * serialized and committed before they return, so a stored article survives a crash; searches run
 * concurrently on a {@link SearcherManager}.
 */
public final class SentenceIndex implements Closeable {

  /**
   * How many stored articles the index keeps read (a few kB each): enough for the articles that one busy stretch
   * of asks reaches in a large corpus.
   */
  static final int ARTICLE_CACHE = 8192;
  /** How many stored sentences (key, text, occurrences, cluster; a few hundred bytes each) the index keeps read. */
  static final int SENTENCE_CACHE = 32768;
  /**
   * How many terms' statistics (a few hundred bytes each) the index keeps: the vocabulary of a busy stretch of
   * questions.
   */
  static final int TERM_STATS_CACHE = 16384;
  /**
   * How many terms' places in one segment (a few dozen bytes each, most terms are in most segments) the index
   * keeps, so a refresh only looks terms up in new segments.
   */
  static final int SEGMENT_TERMS_CACHE = 131072;
  /** How many article ids' documents in one segment (most ids are in one segment of many) the index keeps. */
  static final int SEGMENT_IDS_CACHE = 65536;

  private final Directory directory;
  private final Analyzer analyzer;
  private final Similarity similarity;
  private final NearDuplicates nearDuplicates;
  private IndexWriter writer;
  private SearcherManager searchers;
  /** Counts writes; moves on only after the searcher sees a write (see {@link #generation()}). */
  private final AtomicLong generation = new AtomicLong();
  /**
   * Stored articles and sentences by segment document, the text field's term statistics and the stored articles
   * by id by reader, and their parts by segment core: shared by every snapshot (see {@link Snapshot.Caches}).
   */
  private final Snapshot.Caches caches = new Snapshot.Caches(new CoreCache<>(ARTICLE_CACHE),
      new CoreCache<>(SENTENCE_CACHE), new ReaderCache<>(TERM_STATS_CACHE), new ReaderCache<>(ARTICLE_CACHE),
      new CoreCache<>(SEGMENT_TERMS_CACHE), new CoreCache<>(SEGMENT_IDS_CACHE));

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

  /** A fresh index in memory with the product's analyzer, ranking and near-duplicate check. */
  public static SentenceIndex inMemory() throws IOException {
    return new SentenceIndex(new ByteBuffersDirectory(), new NewsAnalyzer(), Ranking.similarity());
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
   * joins the cluster of its nearest near-duplicate (see {@link com.verbatim.dedup.ClusterAssigner}).
   */
  public IngestResult store(SplitArticle split) throws IOException {
    return storeAll(List.of(split)).get(0);
  }

  /**
   * Stores a batch of articles in order and commits once (group commit): when this returns, every
   * article of the batch is on disk; when it throws, none of them is.
   */
  public synchronized List<IngestResult> storeAll(List<SplitArticle> splits) throws IOException {
    return write(batch -> {
      List<IngestResult> results = new ArrayList<>(splits.size());
      for (SplitArticle split : splits) {
        results.add(batch.store(split));
      }
      return results;
    });
  }

  /** Removes an article; a sentence no other article carries goes with it. False if unknown. */
  public synchronized boolean delete(String id) throws IOException {
    return write(batch -> batch.delete(id));
  }

  /**
   * As {@link #storeAll(List)}, and the commit also records {@code position} (where this write stands in a
   * replicated log), atomically with the write: after a crash, {@link #position()} says what the index holds.
   */
  public synchronized List<IngestResult> storeAll(List<SplitArticle> splits, Map<String, String> position)
      throws IOException {
    return write(batch -> {
      List<IngestResult> results = new ArrayList<>(splits.size());
      for (SplitArticle split : splits) {
        results.add(batch.store(split));
      }
      return results;
    }, position);
  }

  /** As {@link #delete(String)}, recording {@code position} with the commit. */
  public synchronized boolean delete(String id, Map<String, String> position) throws IOException {
    return write(batch -> batch.delete(id), position);
  }

  /** Commits {@code position} alone: a replicated write that changed nothing still moves the index on. */
  public synchronized void mark(Map<String, String> position) throws IOException {
    write(batch -> null, position);
  }

  /** The position recorded with the last commit (empty when none was), see {@link #storeAll(List, Map)}. */
  public synchronized Map<String, String> position() {
    Map<String, String> position = new LinkedHashMap<>();
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      data.forEach(e -> position.put(e.getKey(), e.getValue()));
    }
    return position;
  }

  /**
   * Puts the files of the last commit into {@code target} (hard links where the file system allows, copies
   * elsewhere) and returns the position recorded with it. Lucene never changes a written file, and no commit can
   * run meanwhile (this holds the write lock), so the folder is a consistent copy of the index: a new node
   * opens it as its own. Returns the position and the files by name with their sizes.
   */
  public synchronized CommitCopy snapshotTo(Path target) throws IOException {
    if (!(directory instanceof FSDirectory fs)) {
      throw new IOException("only an index on disk can be copied");
    }
    java.nio.file.Files.createDirectories(target);
    org.apache.lucene.index.SegmentInfos commit = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory);
    Map<String, Long> files = new LinkedHashMap<>();
    for (String name : commit.files(true)) {
      Path from = fs.getDirectory().resolve(name);
      try {
        java.nio.file.Files.createLink(target.resolve(name), from);
      } catch (IOException | UnsupportedOperationException noLink) {
        java.nio.file.Files.copy(from, target.resolve(name));
      }
      files.put(name, java.nio.file.Files.size(from));
    }
    return new CommitCopy(commit.getUserData(), files);
  }

  /** A copy of a commit: the position it recorded and its files with their sizes in bytes. */
  public record CommitCopy(Map<String, String> position, Map<String, Long> files) {
  }

  /** Whether the index under {@code dir} holds any document, read without opening a writer. */
  public static boolean hasDocumentsOnDisk(Path dir) throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
        return false;
      }
      try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
        return reader.numDocs() > 0;
      }
    }
  }

  /** The position recorded with the last commit of the index under {@code dir}, read without opening a writer. */
  public static Map<String, String> positionOnDisk(Path dir) throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
        return Map.of();
      }
      return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData();
    }
  }

  private interface BatchWork<T> {
    T apply(IndexBatch batch) throws IOException;
  }

  /** Runs writes against the last commit, commits them together, or rolls them all back. */
  private <T> T write(BatchWork<T> work) throws IOException {
    return write(work, null);
  }

  private <T> T write(BatchWork<T> work, Map<String, String> position) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      T result = work.apply(new IndexBatch(writer, searcher, nearDuplicates));
      if (position != null) {
        writer.setLiveCommitData(Map.copyOf(position).entrySet());
      }
      writer.commit();
      return result;
    } catch (IOException | RuntimeException e) {
      recover();
      throw e;
    } finally {
      searchers.release(searcher);
      searchers.maybeRefreshBlocking();
      generation.incrementAndGet();
    }
  }

  /**
   * A number that changes with every write (store, delete, vectors, also a failed one), after searches can
   * see it: whatever was computed while it held one value saw no later write than that value.
   */
  public long generation() {
    return generation.get();
  }

  /** One article with its own sentences in order. */
  public Optional<ArticleView> article(String id) throws IOException {
    return withSearcher(s -> IndexBatch.find(s, Fields.ARTICLE_ID, id)
        .map(d -> new ArticleView(IndexBatch.meta(d), List.of(d.getValues(Fields.OWN_SENTENCE)),
            Arrays.stream(d.getFields(Fields.OWN_PARAGRAPH)).map(f -> f.numericValue().intValue()).toList())));
  }

  /** Metadata of the given articles, by id; unknown ids are left out. */
  public Map<String, ArticleMeta> metas(Set<String> ids) throws IOException {
    try (Snapshot snapshot = snapshot()) {
      return snapshot.metas(ids);
    }
  }

  /**
   * The ids of the articles stored from these URLs, by URL as given, compared by their {@link CanonicalUrl} key;
   * URLs that are no http(s) URL or that no article has are left out.
   */
  public Map<String, String> articleIdsByUrl(Collection<String> urls) throws IOException {
    return withSearcher(s -> {
      Map<String, String> out = new LinkedHashMap<>();
      for (String url : urls) {
        Optional<String> key = CanonicalUrl.of(url);
        if (key.isPresent()) {
          IndexBatch.find(s, Fields.URL_KEY, key.get()).ifPresent(d -> out.put(url, d.get(Fields.ARTICLE_ID)));
        }
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
    try (Snapshot snapshot = snapshot()) {
      return snapshot.search(query, n);
    }
  }

  /** An article as stored: metadata, own sentences in order and their keys. */
  record StoredArticle(ArticleMeta meta, List<String> sentences, List<String> keys) {
  }

  /** The stored form of each known article among {@code ids}, in one searcher snapshot. */
  Map<String, StoredArticle> storedArticles(Collection<String> ids) throws IOException {
    try (Snapshot snapshot = snapshot()) {
      return snapshot.storedArticles(ids);
    }
  }

  /**
   * The searcher of this moment for a series of reads that must agree (one ask), until the snapshot is closed.
   */
  Snapshot snapshot() throws IOException {
    return new Snapshot(searchers.acquire(), searchers::release, caches);
  }

  /** The caches every snapshot reads through. */
  Snapshot.Caches caches() {
    return caches;
  }

  /** A sentence by its key and text, as handed to the embedding model. */
  public record SentenceText(String key, String text) {
  }

  /** The vector a model made of a sentence's text, in its stored form. */
  public record SentenceVector(String key, String text, byte[] vector) {
  }

  /** Up to {@code max} sentences that have no vector of {@code model} yet. */
  public List<SentenceText> withoutVector(String model, int max) throws IOException {
    return withSearcher(s -> {
      TopDocs top = s.search(withoutVectorQuery(model), max, Sort.INDEXORDER);
      List<SentenceText> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = s.storedFields().document(sd.doc, Set.of(Fields.KEY, Fields.TEXT));
        out.add(new SentenceText(d.get(Fields.KEY), d.get(Fields.TEXT)));
      }
      return out;
    });
  }

  /** The sentence documents with these keys, in no particular order; unknown keys are left out. */
  List<Hit> sentences(Collection<String> keys) throws IOException {
    try (Snapshot snapshot = snapshot()) {
      return snapshot.sentences(keys);
    }
  }

  /** How many sentences have no vector of {@code model} yet. */
  public long countWithoutVector(String model) throws IOException {
    return withSearcher(s -> s.count(withoutVectorQuery(model)));
  }

  private static Query withoutVectorQuery(String model) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.TYPE, Fields.SENTENCE)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.VECTOR_MODEL, model)), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /**
   * Adds vectors of {@code model} to their sentences and commits. Runs under the same lock as stores and
   * deletes and re-reads each sentence first, so a vector never brings back a deleted sentence or an old
   * version of one; a sentence whose text changed since it was read is skipped and stays without a vector.
   * Returns how many vectors were stored.
   */
  public synchronized int storeVectors(String model, List<SentenceVector> vectors) throws IOException {
    if (vectors.isEmpty()) {
      return 0;
    }
    return write(batch -> {
      int stored = 0;
      for (SentenceVector v : vectors) {
        stored += batch.putVector(v.key(), v.text(), model, v.vector()) ? 1 : 0;
      }
      return stored;
    });
  }

  /** The stored vectors of {@code model} for the given sentence keys; keys without one are left out. */
  public Map<String, byte[]> vectors(String model, List<String> keys) throws IOException {
    return withSearcher(s -> {
      Map<String, byte[]> out = new LinkedHashMap<>();
      if (keys.isEmpty()) {
        return out;
      }
      TermInSetQuery query = new TermInSetQuery(Fields.KEY, keys.stream().map(BytesRef::new).toList());
      for (ScoreDoc sd : s.search(query, keys.size()).scoreDocs) {
        Document d = s.storedFields().document(sd.doc, Set.of(Fields.KEY, Fields.VECTOR, Fields.VECTOR_MODEL));
        BytesRef vector = d.getBinaryValue(Fields.VECTOR);
        if (vector != null && model.equals(d.get(Fields.VECTOR_MODEL))) {
          out.put(d.get(Fields.KEY), BytesRef.deepCopyOf(vector).bytes);
        }
      }
      return out;
    });
  }

  /**
   * How many sentences hold each term (of the analyzed text field), and how many sentences there are: the
   * statistics behind a term's rarity.
   */
  TermRarity rarity(Collection<String> terms) throws IOException {
    try (Snapshot snapshot = snapshot()) {
      return snapshot.rarity(terms);
    }
  }

  /** Every sentence of a near-duplicate cluster, with all its occurrences (score 0). */
  public List<Hit> cluster(String cluster) throws IOException {
    try (Snapshot snapshot = snapshot()) {
      return snapshot.cluster(cluster);
    }
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

  @Override
  public String toString() {
    return "SentenceIndex[" + Objects.toString(directory) + "]";
  }
}
