package com.verbatim.model;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of a bulk ingest, one {@link ItemResult} per item in request order. Items with a
 * result were committed together before this was made.
 */
public record BulkResult(List<ItemResult> items) {

  public BulkResult {
    items = items.stream().sorted(Comparator.comparingInt(ItemResult::index)).toList();
  }

  public long stored() {
    return items.stream().filter(ItemResult::ok).count();
  }

  public JsonObject toJson() {
    JsonArray list = new JsonArray();
    items.forEach(i -> list.add(i.toJson()));
    return new JsonObject().put("stored", stored()).put("refused", items.size() - stored()).put("items", list);
  }

  public static BulkResult fromJson(JsonObject json) {
    return new BulkResult(json.getJsonArray("items").stream().map(JsonObject.class::cast).map(ItemResult::fromJson)
        .toList());
  }
}
