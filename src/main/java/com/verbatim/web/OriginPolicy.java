package com.verbatim.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which pages may open {@code /ws} and read the API ({@link Cors}): the server's own (an {@code Origin} whose host and port are the request's
 * {@code Host}), the origins on {@code http.allowedOrigins}, or every one when that setting is {@code *}. A request
 * without {@code Origin} comes from no browser page (a load tool, a server) and is let through: the check stops
 * other sites' pages from using a reader's browser, which always sends the header.
 */
final class OriginPolicy {

  private final Set<String> allowed;
  private final boolean any;

  /** {@code setting}: comma-separated origins ({@code https://news.example.com}), {@code *}, or blank for none. */
  OriginPolicy(String setting) {
    this.allowed = Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .map(OriginPolicy::normalized).collect(Collectors.toUnmodifiableSet());
    this.any = allowed.contains("*");
  }

  /** Whether a WebSocket handshake with this {@code Origin} (null when absent) to this {@code Host} is accepted. */
  boolean allows(String origin, String host) {
    if (origin == null || any) {
      return true;
    }
    String o = normalized(origin);
    if (host != null) {
      String h = host.toLowerCase(Locale.ROOT);
      if (o.equals("http://" + h) || o.equals("https://" + h)) {
        return true;
      }
    }
    return allowed.contains(o);
  }

  /** Whether the setting is {@code *}: every site's pages are let in. */
  boolean any() {
    return any;
  }

  /** Origins compare without case, without a trailing slash and without the scheme's default port. */
  private static String normalized(String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT);
    if (o.endsWith("/")) {
      o = o.substring(0, o.length() - 1);
    }
    if (o.startsWith("http://") && o.endsWith(":80")) {
      o = o.substring(0, o.length() - 3);
    } else if (o.startsWith("https://") && o.endsWith(":443")) {
      o = o.substring(0, o.length() - 4);
    }
    return o;
  }
}
