package com.verbatim.web;

import com.verbatim.model.Feedback;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Thumbs up and down on answers since the server started, shown in {@code /api/stats}. In memory only:
 * a restart starts from zero.
 */
final class FeedbackCounts {

  private final AtomicLong up = new AtomicLong();
  private final AtomicLong down = new AtomicLong();

  void record(Feedback feedback) {
    (feedback.up() ? up : down).incrementAndGet();
  }

  JsonObject toJson() {
    return new JsonObject().put("up", up.get()).put("down", down.get());
  }
}
