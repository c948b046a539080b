package com.verbatim.fetch;

import com.verbatim.config.Section;
import io.vertx.core.json.JsonObject;

/**
 * The {@code fetch} section of the configuration: limits for fetching pages and feeds.
 *
 * @param timeoutMs the whole fetch, redirects included
 * @param maxBytes the largest body read (after decompression); more fails the fetch
 * @param allowPrivateTargets lets the server fetch loopback and private addresses; for tests and
 *     closed networks only, as it opens the door to server-side request forgery
 */
public record FetchConfig(int connectTimeoutMs, int timeoutMs, long maxBytes, int maxRedirects,
    boolean allowPrivateTargets, String userAgent) {

  public static FetchConfig fromJson(JsonObject json) {
    Section s = new Section("fetch", json);
    return new FetchConfig(s.integer("connectTimeoutMs"), s.integer("timeoutMs"), s.longValue("maxBytes"),
        Math.min(5, s.integer("maxRedirects")), s.bool("allowPrivateTargets"), s.string("userAgent"));
  }
}
