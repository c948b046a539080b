package com.verbatim.model;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** What storing a {@link SplitBatch} did, one result per article in the same order. */
public record IngestResults(List<IngestResult> results) {

  public IngestResults {
    results = List.copyOf(results);
  }

  public JsonObject toJson() {
    JsonArray list = new JsonArray();
    results.forEach(r -> list.add(r.toJson()));
    return new JsonObject().put("results", list);
  }

  public static IngestResults fromJson(JsonObject json) {
    return new IngestResults(json.getJsonArray("results").stream().map(JsonObject.class::cast)
        .map(IngestResult::fromJson).toList());
  }
}
