package com.verbatim.model;

import io.vertx.core.json.JsonObject;
import java.util.function.BooleanSupplier;

/**
 * An {@link Ask} from a client that may go away before it is answered (a WebSocket): the index checks
 * {@code cancelled} before it starts the search, so a closed socket's queued asks cost no search. Locally the
 * record crosses the event bus as it is; as JSON (off the process) it is the ask alone, never cancelled.
 *
 * @param cancelled true once nobody waits for the answer; must be thread-safe (read on the index's threads)
 */
public record CancellableAsk(Ask ask, BooleanSupplier cancelled) {

  public CancellableAsk {
    if (ask == null || cancelled == null) {
      throw new IllegalArgumentException("a cancellable ask needs its ask and its cancellation check");
    }
  }

  public boolean isCancelled() {
    return cancelled.getAsBoolean();
  }

  public JsonObject toJson() {
    return ask.toJson();
  }

  public static CancellableAsk fromJson(JsonObject json) {
    return new CancellableAsk(Ask.fromJson(json), () -> false);
  }
}
