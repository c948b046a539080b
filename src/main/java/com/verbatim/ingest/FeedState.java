package com.verbatim.ingest;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What Verbatim knows about one feed between polls: validators for conditional GET, the items it
 * has already ingested, and its health. Mutated only on the feed verticle's event loop.
 */
final class FeedState {

  /** Item links remembered per feed, so a long-lived feed does not grow without bound. */
  private static final int MAX_SEEN = 5_000;

  final String url;
  String etag;
  String lastModified;
  int failures;
  String lastError;
  String lastResult = "pending";
  Instant lastPolledAt;
  Instant nextPollAt;
  long ingested;
  long polls;
  private final Set<String> seen = new LinkedHashSet<>();

  FeedState(String url) {
    this.url = url;
  }

  boolean isNew(String link) {
    return !seen.contains(link);
  }

  void markSeen(String link) {
    seen.add(link);
    if (seen.size() > MAX_SEEN) {
      seen.remove(seen.iterator().next());
    }
  }

  JsonObject toJson() {
    return new JsonObject().put("url", url)
        .put("state", failures > 0 ? "failing" : lastResult)
        .put("failures", failures)
        .put("lastError", lastError)
        .put("lastPolledAt", lastPolledAt == null ? null : lastPolledAt.toString())
        .put("nextPollAt", nextPollAt == null ? null : nextPollAt.toString())
        .put("polls", polls)
        .put("ingested", ingested);
  }
}
