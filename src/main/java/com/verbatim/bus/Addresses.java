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
   * {@code LogSlice} -> {@code {"outcomes": [...], "slice"}}: a cluster node's index applies entries of the
   * cluster's write log in order (see {@code index.LogApplier}); local to each node.
   */
  public static final String INDEX_APPLY = "index.apply";

  /**
   * {@code {"dir"}} -> {@code {"position": {...}, "files": {"<name>": size, ...}}}: a cluster node's index puts a
   * copy of its last commit into {@code dir}, for a joining node; local to each node.
   */
  public static final String INDEX_SNAPSHOT = "index.snapshot";

  /**
   * Prefix of each cluster node's snapshot address, {@code cluster.snapshot.<host:port>}, reached across the
   * cluster: {@code {"op":"open"}} -> {@code {"id", "position", "files"}}; {@code {"op":"read","id","file","offset"}}
   * -> up to 1 MB of that file as a buffer; {@code {"op":"close","id"}} -> {@code {}}.
   */
  public static final String CLUSTER_SNAPSHOT = "cluster.snapshot.";

  /** {@code {}} -> {@code ClusterStatus} JSON: this node's place in the cluster's write log and every node's. */
  public static final String CLUSTER_STATUS = "cluster.status";

  /**
   * {@code {}} -> {@code IndexHealth}: whether this process's index can search now (open, read queue not full,
   * model loaded when used). A local consumer: readiness is of this process. Answered from the moment the index
   * verticle starts, before the index is open.
   */
  public static final String INDEX_READY = "index.ready";

  private Addresses() {
  }
}
