package com.verbatim.fetch;

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
    return new FetchConfig(json.getInteger("connectTimeoutMs", 5_000), json.getInteger("timeoutMs", 20_000),
        json.getLong("maxBytes", 5L * 1024 * 1024), Math.min(5, json.getInteger("maxRedirects", 5)),
        json.getBoolean("allowPrivateTargets", false), json.getString("userAgent", "VerbatimBot/0.1"));
  }
}
