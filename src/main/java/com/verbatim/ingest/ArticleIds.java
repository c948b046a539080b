package com.verbatim.ingest;

import com.verbatim.dedup.TextKeys;
import com.verbatim.model.NewArticle;
import java.net.URI;
import java.util.Locale;

/**
 * Stable article ids: from the URL when there is one (so a corrected article replaces the old
 * one), else from the normalized body (so the same text sent twice is one article).
 */
public final class ArticleIds {

  private static final int LENGTH = 16;

  private ArticleIds() {
  }

  public static String of(NewArticle article) {
    String basis = article.url() != null ? "url:" + canonicalUrl(article.url()) : "text:" + TextKeys.normalize(article.text());
    return TextKeys.sentenceKey(basis).substring(0, LENGTH);
  }

  /** Scheme and host lowercased, default port, fragment and trailing slash dropped. */
  static String canonicalUrl(String url) {
    URI uri = URI.create(url).normalize();
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
  }
}
