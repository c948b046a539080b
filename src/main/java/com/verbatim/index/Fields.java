package com.verbatim.index;

/** Lucene field names and document types; one place, so index and search cannot drift apart. */
final class Fields {

  /** Document type: {@link #SENTENCE} or {@link #ARTICLE}. */
  static final String TYPE = "type";
  static final String SENTENCE = "sentence";
  static final String ARTICLE = "article";

  // sentence documents: one per unique sentence
  /** Exact-repeat key of the sentence (see {@code TextKeys}); the update term. */
  static final String KEY = "key";
  /** The sentence text, analyzed for search and stored for quoting. */
  static final String TEXT = "text";
  /** Ids of every article that carries the sentence; indexed for scope filters. */
  static final String CARRIED_BY = "carriedBy";
  /** Near-duplicate cluster: the key of the first sentence of its cluster (indexed, stored). */
  static final String CLUSTER = "cluster";
  /**
   * MinHash band keys of the sentence as 8-byte big-endian terms (indexed only), to find
   * near-duplicate candidates. Replaces the hex-string {@code "band"} field of earlier versions,
   * which is no longer written or read: a sentence stored with it is found as a candidate again
   * once it is rewritten (an article carrying it is stored).
   */
  static final String BAND_KEY = "bandKey";
  /** Stored provenance, one {@code "<articleId> <n>"} value per (article, position). */
  static final String OCCURRENCE = "occurrence";
  /**
   * The sentence's embedding (stored bytes, see {@code com.verbatim.semantic.Vectors}); written after the
   * article is stored, and carried over when the sentence document is rewritten.
   */
  static final String VECTOR = "vector";
  /** The model that made {@link #VECTOR} (indexed, stored): a sentence without this model's term is pending. */
  static final String VECTOR_MODEL = "vectorModel";

  // article documents: one per article
  /** The article id; the update term. */
  static final String ARTICLE_ID = "articleId";
  static final String TITLE = "title";
  static final String URL = "url";
  /**
   * The {@link CanonicalUrl} key of {@link #URL} (indexed, stored), so the page a reader is on finds its article;
   * absent when the article has no URL. An article stored before it was written is rewritten once when stored again.
   */
  static final String URL_KEY = "urlKey";
  static final String SOURCE = "source";
  static final String PUBLISHED_AT = "publishedAt";
  /** Hash of the normalized body (indexed, stored): the same body under another URL is the same article. */
  static final String CONTENT_HASH = "contentHash";
  /** The article's own sentences in order (stored, multi-valued). */
  static final String OWN_SENTENCE = "ownSentence";
  /** The keys of the article's own sentences, parallel to {@link #OWN_SENTENCE}. */
  static final String OWN_KEY = "ownKey";
  /**
   * The paragraph of each own sentence (stored ints, 1-based), parallel to {@link #OWN_SENTENCE}; absent in
   * articles stored before paragraphs were kept.
   */
  static final String OWN_PARAGRAPH = "ownParagraph";

  private Fields() {
  }
}
