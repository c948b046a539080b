package com.verbatim.feeds;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * What Verbatim knows about one feed between polls: validators for conditional GET and its health. Mutated only on the feed verticle's event loop.
 */
final class FeedState {

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

  FeedState(String url) {
    this.url = url;
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
