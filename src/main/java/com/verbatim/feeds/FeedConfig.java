package com.verbatim.feeds;

import com.verbatim.config.Section;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The {@code feeds} section of the configuration: RSS 2.0 / Atom feed URLs polled every
 * {@code pollSeconds}; a failing feed waits twice as long after each failure, up to
 * {@code maxBackoffSeconds}.
 */
public record FeedConfig(List<String> urls, double pollSeconds, double maxBackoffSeconds) {

  public FeedConfig {
    urls = List.copyOf(urls);
    if (pollSeconds <= 0 || maxBackoffSeconds < pollSeconds) {
      throw new IllegalArgumentException("feeds.pollSeconds must be > 0 and <= feeds.maxBackoffSeconds");
    }
  }

  public static FeedConfig fromJson(JsonObject json) {
    Section s = new Section("feeds", json);
    double poll = s.decimal("pollSeconds");
    return new FeedConfig(s.strings("urls").stream().map(String::strip).filter(u -> !u.isEmpty()).toList(),
        poll, Math.max(poll, s.decimal("maxBackoffSeconds")));
  }

  /** The wait after {@code failures} failures in a row: poll interval doubled each time, capped. */
  long delayMs(int failures) {
    double factor = Math.pow(2, Math.min(failures, 30));
    return Math.max(1, Math.round(Math.min(pollSeconds * factor, maxBackoffSeconds) * 1000));
  }
}
