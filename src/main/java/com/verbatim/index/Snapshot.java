package com.verbatim.index;

import com.verbatim.index.SentenceIndex.StoredArticle;
import com.verbatim.model.ArticleMeta;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * One searcher, acquired once, for every read of one ask: the candidates, the rarity of the question's words,
 * the articles in context, the near-duplicate siblings and the metadata of the cited articles all come from the
 * same point in time. Articles and documents are found by their id term with {@code seekExact} on each segment
 * (the primary-key path, no query machinery), and stored articles and sentences come from the index's
 * {@link CoreCache}s; articles by id and the statistics of the question's terms are kept per reader
 * ({@link ReaderCache}), so the asks between two writes look each one up once, and per segment core
 * ({@link CoreCache}), so the first asks after a write only look in the segments it added.
 * Close it to release the searcher.
 */
final class Snapshot implements Closeable {

  /** The stored fields a candidate sentence needs: not its vector, which only semantic ranking reads, apart. */
  private static final Set<String> HIT_FIELDS = Set.of(Fields.KEY, Fields.TEXT, Fields.OCCURRENCE, Fields.CLUSTER);
  private static final Set<String> ARTICLE_FIELDS = Set.of(Fields.ARTICLE_ID, Fields.TITLE, Fields.URL, Fields.SOURCE,
      Fields.PUBLISHED_AT, Fields.OWN_SENTENCE, Fields.OWN_KEY);

  /** No document: an id no document of a segment has. */
  private static final int[] NONE = new int[0];

  private final IndexSearcher searcher;
  private final Release release;
  private final CoreCache<StoredArticle> articles;
  private final CoreCache<Hit> sentences;
  private final ReaderCache<TermStates> termStats;
  private final ReaderCache<Optional<StoredArticle>> articlesById;
  private final CoreCache<LeafTerm> leafTerms;
  private final CoreCache<int[]> articleDocs;
  /** Per segment, made on first use: consecutive reads in one compressed block decompress it once. */
  private final StoredFields[] storedFields;
  private final TermsEnum[] articleIds;
  /** Per segment, made on first use: the terms of the text field, for the statistics of new segments. */
  private final TermsEnum[] texts;
  /** Per segment, made on first use: the cluster terms of near-duplicate look-ups. */
  private final TermsEnum[] clusters;
  /** Per segment, reused by every id look-up of this snapshot: a fresh postings enum clones the segment's inputs. */
  private final PostingsEnum[] postings;

  /** Gives the searcher back. */
  interface Release {
    void release(IndexSearcher searcher) throws IOException;
  }

  /** Where a term of the text field is in one segment, and its frequencies there; {@link #ABSENT} when it is not. */
  record LeafTerm(TermState state, int docFreq, long totalTermFreq) {
    static final LeafTerm ABSENT = new LeafTerm(null, 0, 0);
  }

  /**
   * The caches every snapshot shares: stored articles and sentences by segment document ({@link CoreCache}); the
   * statistics of the text field's terms and the stored articles by id per top-level reader ({@link ReaderCache}),
   * made on a miss from the terms and the article ids per segment core ({@link CoreCache}), so that after a
   * refresh only the new segments are searched.
   */
  record Caches(CoreCache<StoredArticle> articles, CoreCache<Hit> sentences, ReaderCache<TermStates> termStats,
      ReaderCache<Optional<StoredArticle>> articlesById, CoreCache<LeafTerm> leafTerms,
      CoreCache<int[]> articleDocs) {
  }

  /** A snapshot of {@code searcher} reading through {@code caches}. */
  Snapshot(IndexSearcher searcher, Release release, Caches caches) {
    this.searcher = searcher;
    this.release = release;
    this.articles = caches.articles();
    this.sentences = caches.sentences();
    this.termStats = caches.termStats();
    this.articlesById = caches.articlesById();
    this.leafTerms = caches.leafTerms();
    this.articleDocs = caches.articleDocs();
    this.storedFields = new StoredFields[searcher.getIndexReader().leaves().size()];
    this.articleIds = new TermsEnum[storedFields.length];
    this.texts = new TermsEnum[storedFields.length];
    this.clusters = new TermsEnum[storedFields.length];
    this.postings = new PostingsEnum[storedFields.length];
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** The top {@code n} sentence documents for a query built by {@link QueryPlan}, best first. */
  List<Hit> search(Query query, int n) throws IOException {
    // the total hit count is never read, so the collector may skip documents that cannot enter the top n
    TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(n, null, n));
    return hits(top.scoreDocs);
  }

  /** The sentence documents with these keys, in no particular order; unknown keys are left out. */
  List<Hit> sentences(Collection<String> keys) throws IOException {
    if (keys.isEmpty()) {
      return List.of();
    }
    return search(new TermInSetQuery(Fields.KEY, keys.stream().map(BytesRef::new).toList()), keys.size());
  }

  /** Hits for scored documents, in the given order; stored fields are read in index order, block by block. */
  private List<Hit> hits(ScoreDoc[] docs) throws IOException {
    Integer[] byDoc = new Integer[docs.length];
    Arrays.setAll(byDoc, i -> i);
    Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Hit[] out = new Hit[docs.length];
    for (int i : byDoc) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
      int doc = docs[i].doc - leaf.docBase;
      Hit stored = sentences.get(leaf, doc, () -> sentence(storedFields(leaf).document(doc, HIT_FIELDS)));
      out[i] = new Hit(stored.key(), stored.text(), docs[i].score, stored.occurrences(), stored.cluster());
    }
    return Arrays.asList(out);
  }

  private static Hit sentence(Document d) {
    List<Occurrence> occurrences = Arrays.stream(d.getValues(Fields.OCCURRENCE)).map(Occurrence::parse).toList();
    return new Hit(d.get(Fields.KEY), d.get(Fields.TEXT), 0f, occurrences, BandCandidates.clusterOf(d));
  }

  private StoredFields storedFields(LeafReaderContext leaf) throws IOException {
    if (storedFields[leaf.ord] == null) {
      storedFields[leaf.ord] = leaf.reader().storedFields();
    }
    return storedFields[leaf.ord];
  }

  /** How many sentences hold each term of the analyzed text, and how many sentences there are. */
  TermRarity rarity(Collection<String> terms) throws IOException {
    Map<String, Integer> df = new LinkedHashMap<>();
    for (String term : terms) {
      df.put(term, termStates(term).docFreq());
    }
    return new TermRarity(df, searcher.getIndexReader().getDocCount(Fields.TEXT));
  }

  /**
   * The statistics of terms of the text field in this snapshot's reader, for the candidate query
   * ({@link QueryPlan#query(Set, Map)}): kept with {@link #rarity}'s, so the segments are searched for a term once.
   */
  Map<String, TermStates> termStates(Collection<String> terms) throws IOException {
    Map<String, TermStates> out = new HashMap<>();
    for (String term : terms) {
      out.put(term, termStates(term));
    }
    return out;
  }

  private TermStates termStates(String term) throws IOException {
    return termStats.get(searcher.getIndexReader(), term, () -> fromSegments(term));
  }

  /** What {@code TermStates.build} finds for a term of the text field, each segment's part kept per core. */
  private TermStates fromSegments(String term) throws IOException {
    TermStates states = new TermStates(searcher.getTopReaderContext());
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      LeafTerm found = leafTerms.get(leaf, term, () -> leafTerm(leaf, term));
      if (found != LeafTerm.ABSENT) {
        states.register(found.state(), leaf.ord, found.docFreq(), found.totalTermFreq());
      }
    }
    return states;
  }

  private LeafTerm leafTerm(LeafReaderContext leaf, String term) throws IOException {
    TermsEnum te = terms(texts, Fields.TEXT, leaf);
    return te.seekExact(new BytesRef(term)) ? new LeafTerm(te.termState(), te.docFreq(), te.totalTermFreq())
        : LeafTerm.ABSENT;
  }

  /** The stored form of each known article among {@code ids}, in the order of {@code ids}. */
  Map<String, StoredArticle> storedArticles(Collection<String> ids) throws IOException {
    Map<String, StoredArticle> out = new LinkedHashMap<>();
    for (String id : ids) {
      StoredArticle article = storedArticle(id);
      if (article != null) {
        out.put(id, article);
      }
    }
    return out;
  }

  /** Metadata of the given articles, by id; unknown ids are left out. */
  Map<String, ArticleMeta> metas(Collection<String> ids) throws IOException {
    Map<String, ArticleMeta> out = new LinkedHashMap<>();
    for (String id : ids) {
      StoredArticle article = storedArticle(id);
      if (article != null) {
        out.put(id, article.meta());
      }
    }
    return out;
  }

  /** The stored article with this id, null when there is none; kept by id for this snapshot's reader. */
  private StoredArticle storedArticle(String id) throws IOException {
    return articlesById.get(searcher.getIndexReader(), id, () -> Optional.ofNullable(seekArticle(id))).orElse(null);
  }

  /** The first live document with this id, in index order; its documents in each segment are kept per core. */
  private StoredArticle seekArticle(String id) throws IOException {
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int doc : articleDocs.get(leaf, id, () -> docs(leaf, terms(articleIds, Fields.ARTICLE_ID, leaf), id))) {
        if (live == null || live.get(doc)) {
          return articles.get(leaf, doc, () -> stored(storedFields(leaf).document(doc, ARTICLE_FIELDS)));
        }
      }
    }
    return null;
  }

  /** Every document of a segment with this term, deleted or not, in order. */
  private int[] docs(LeafReaderContext leaf, TermsEnum te, String value) throws IOException {
    if (!te.seekExact(new BytesRef(value))) {
      return NONE;
    }
    PostingsEnum docs = postings(leaf, te);
    int[] out = new int[Math.max(1, te.docFreq())];
    int n = 0;
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = doc;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private static StoredArticle stored(Document d) {
    return new StoredArticle(IndexBatch.meta(d), List.of(d.getValues(Fields.OWN_SENTENCE)),
        List.of(d.getValues(Fields.OWN_KEY)));
  }

  /** The terms of {@code field} in a segment, one enum per snapshot, kept in {@code enums}; empty when it has none. */
  private static TermsEnum terms(TermsEnum[] enums, String field, LeafReaderContext leaf) throws IOException {
    if (enums[leaf.ord] == null) {
      org.apache.lucene.index.Terms terms = leaf.reader().terms(field);
      enums[leaf.ord] = terms == null ? TermsEnum.EMPTY : terms.iterator();
    }
    return enums[leaf.ord];
  }

  /** The documents of the term {@code te} is on, in the segment's reused postings enum. */
  private PostingsEnum postings(LeafReaderContext leaf, TermsEnum te) throws IOException {
    postings[leaf.ord] = te.postings(postings[leaf.ord], PostingsEnum.NONE);
    return postings[leaf.ord];
  }

  /** Every sentence of a near-duplicate cluster with all its occurrences (score 0), in index order. */
  List<Hit> cluster(String cluster) throws IOException {
    return hits(liveDocs(clusters, Fields.CLUSTER, new BytesRef(cluster)).stream().map(d -> new ScoreDoc(d, 0f))
        .toArray(ScoreDoc[]::new));
  }

  /**
   * The other sentences of a found sentence's near-duplicate cluster, in index order. The cluster's documents are
   * read through the sentence cache, where the found sentence already is, and those with its key are left out:
   * one seek per segment, and none of the key, for a sentence alone in its cluster (most are).
   */
  List<Hit> siblings(Hit hit) throws IOException {
    List<Integer> docs = liveDocs(clusters, Fields.CLUSTER, new BytesRef(hit.cluster()));
    if (docs.isEmpty()) {
      return List.of();
    }
    List<Hit> out = new ArrayList<>(docs.size() - 1);
    for (Hit member : hits(docs.stream().map(d -> new ScoreDoc(d, 0f)).toArray(ScoreDoc[]::new))) {
      if (!member.key().equals(hit.key())) {
        out.add(member);
      }
    }
    return out;
  }

  /** The live documents holding a term of {@code field} (enums kept in {@code enums}), as top-level ids in index order. */
  private List<Integer> liveDocs(TermsEnum[] enums, String field, BytesRef term) throws IOException {
    List<Integer> docs = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      TermsEnum te = terms(enums, field, leaf);
      if (!te.seekExact(term)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum postings = postings(leaf, te);
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          docs.add(leaf.docBase + doc);
        }
      }
    }
    return docs;
  }

  @Override
  public void close() throws IOException {
    release.release(searcher);
  }
}
