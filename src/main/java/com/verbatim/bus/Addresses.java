package com.verbatim.bus;

/**
 * Every event-bus address of Verbatim. Each constant says what it takes and what it answers;
 * bodies are the JSON form of the records in {@code com.verbatim.model}.
 */
public final class Addresses {

  /** {@code NewArticle} -> {@code IngestResult}: validate, identify, dedup and index one article. */
  public static final String ARTICLES_INGEST = "articles.ingest";

  /** Published {@code IngestResult} after an article is durably created or updated (not when unchanged). */
  public static final String ARTICLES_INDEXED = "articles.indexed";

  /** {@code Article} -> {@code SplitArticle}: the article's own sentences, repeats inside it removed. */
  public static final String DEDUP_SPLIT = "dedup.split";

  /** {@code SplitArticle} -> {@code IngestResult}: store an article and its sentences, durably. */
  public static final String INDEX_STORE = "index.store";

  /** {@code BulkRequest} -> {@code BulkResult}: validate and ingest many articles under one commit. */
  public static final String ARTICLES_INGEST_ALL = "articles.ingestAll";

  /** {@code FetchRequest} -> {@code IngestResult}: fetch a page, extract its article and ingest it. */
  public static final String ARTICLES_FETCH = "articles.fetch";

  /** {@code {}} -> {@code {"feeds": [...]}}: the state of every configured feed. */
  public static final String FEEDS_STATUS = "feeds.status";

  /** Published {@code {"url", "state", "failures", ...}} after each poll of a feed. */
  public static final String FEEDS_POLLED = "feeds.polled";

  /** {@code SplitBatch} -> {@code IngestResults}: store many articles, durably, with one commit. */
  public static final String INDEX_STORE_ALL = "index.storeAll";

  /** {@code ArticleRef} -> {@code ArticleRef}: remove an article and the sentences only it carried; fails not-found. */
  public static final String INDEX_DELETE = "index.delete";

  /** {@code Ask} -> {@code Answer}: the best sentences for a question, with citations. */
  public static final String INDEX_SEARCH = "index.search";

  /**
   * {@code {"urls": [...]}} -> {@code {"articleIds": {"<url>": "<id>", ...}}}: the articles stored from these page
   * URLs, compared by their canonical form; unknown URLs are left out.
   */
  public static final String INDEX_RESOLVE_URLS = "index.resolveUrls";

  /** {@code ArticleRef} -> {@code ArticleView}: one article with its own sentences; fails not-found. */
  public static final String INDEX_ARTICLE = "index.article";

  /** {@code {}} -> {@code Stats}: counts of articles, unique sentences and sentences waiting for their vector. */
  public static final String INDEX_STATS = "index.stats";

  /**
   * {@code {}} -> {@code IndexHealth}: whether this process's index can search now (open, read queue not full,
   * model loaded when used). A local consumer: readiness is of this process. Answered from the moment the index
   * verticle starts, before the index is open.
   */
  public static final String INDEX_READY = "index.ready";

  private Addresses() {
  }
}
