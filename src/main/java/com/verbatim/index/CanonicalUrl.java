package com.verbatim.index;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The key under which an article's URL is looked up, so that the page a reader is on finds the article stored
 * from it: {@code http} and {@code https} alike, the host in lower case without a trailing dot, no default
 * port, no user info, no fragment, no trailing slash on the path, and the query without tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid} and the like), the rest sorted. Plain, no Vert.x: the index writes
 * it at ingest and the ask path reads it.
 */
public final class CanonicalUrl {

  /** Query parameters that say how the reader came, not which page it is. */
  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
      "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ocid", "cmpid", "ncid");
  /** Longer URLs are not looked up. */
  static final int MAX_CHARS = 2_048;

  private CanonicalUrl() {
  }

  /** The lookup key of {@code url}, or empty when it is no absolute http(s) URL with a host. */
  public static Optional<String> of(String url) {
    if (url == null || url.isBlank() || url.length() > MAX_CHARS) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (!(scheme.equals("http") || scheme.equals("https")) || host == null || host.isEmpty()) {
      return Optional.empty();
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = uri.getPort();
    boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    StringBuilder key = new StringBuilder("//").append(host);
    if (!defaultPort) {
      key.append(':').append(port);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    key.append(path.isEmpty() ? "/" : path);
    String query = query(uri.getRawQuery());
    if (!query.isEmpty()) {
      key.append('?').append(query);
    }
    return Optional.of(key.toString());
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    return Arrays.stream(raw.split("&"))
        .filter(p -> !p.isEmpty())
        .filter(p -> !isTracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
        .sorted()
        .collect(Collectors.joining("&"));
  }

  private static boolean isTracking(String name) {
    return name.startsWith("utm_") || TRACKING.contains(name);
  }
}
