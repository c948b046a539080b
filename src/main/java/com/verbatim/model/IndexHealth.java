package com.verbatim.model;

import io.vertx.core.json.JsonObject;

/**
 * The reply of {@code index.ready}: what {@code /ready} needs to know about this process's index.
 *
 * @param open the index is open and answers searches
 * @param readWaiting searches waiting for a read thread
 * @param readCapacity the most that may wait ({@code index.readQueue})
 * @param readSaturated every read thread busy and the queue full: the next search is refused {@code overloaded}
 * @param semantic semantic ranking is on ({@code ranking.semantic})
 * @param modelLoaded the embedding model is loaded (always false when {@code semantic} is off)
 */
public record IndexHealth(boolean open, int readWaiting, int readCapacity, boolean readSaturated, boolean semantic,
    boolean modelLoaded) {

  public JsonObject toJson() {
    return new JsonObject().put("open", open).put("readWaiting", readWaiting).put("readCapacity", readCapacity)
        .put("readSaturated", readSaturated).put("semantic", semantic).put("modelLoaded", modelLoaded);
  }

  public static IndexHealth fromJson(JsonObject json) {
    return new IndexHealth(json.getBoolean("open", false), json.getInteger("readWaiting", 0),
        json.getInteger("readCapacity", 0), json.getBoolean("readSaturated", false), json.getBoolean("semantic", false),
        json.getBoolean("modelLoaded", false));
  }
}
