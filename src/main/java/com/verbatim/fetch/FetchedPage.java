package com.verbatim.fetch;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fetched response after redirects.
 *
 * @param url the final URL, after redirects
 * @param status 200 for a body, 304 for "not modified" (conditional GET)
 * @param body the raw bytes, decompressed; empty for 304
 */
public record FetchedPage(String url, int status, String contentType, String etag, String lastModified, byte[] body) {

  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)");

  public boolean notModified() {
    return status == 304;
  }

  /** The charset named by the Content-Type header, or null (then the page's {@code <meta>} decides). */
  public String charset() {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  public boolean isHtml() {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return type.isEmpty() || type.contains("html");
  }
}
