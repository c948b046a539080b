package com.verbatim.model;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Objects;

/**
 * Many submitted articles at once, not yet validated: each item keeps its position in the request
 * so that every outcome can be reported against it.
 */
public record BulkRequest(List<Item> items) {

  /** The largest number of items one request may carry. */
  public static final int MAX_ITEMS = 10_000;

  public BulkRequest {
    items = List.copyOf(items);
  }

  /** One submitted article (a JSON object, validated later) and its 0-based position. */
  public record Item(int index, JsonObject article) {
    public Item {
      Objects.requireNonNull(article, "article");
    }
  }

  public JsonObject toJson() {
    JsonArray list = new JsonArray();
    items.forEach(i -> list.add(new JsonObject().put("index", i.index()).put("article", i.article())));
    return new JsonObject().put("items", list);
  }

  public static BulkRequest fromJson(JsonObject json) {
    return new BulkRequest(json.getJsonArray("items").stream().map(JsonObject.class::cast)
        .map(i -> new Item(i.getInteger("index"), i.getJsonObject("article"))).toList());
  }
}
