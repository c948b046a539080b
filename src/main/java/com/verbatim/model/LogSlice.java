package com.verbatim.model;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Consecutive entries of the cluster's write log for the index to apply in order ({@code index.apply}), with
 * the log's epoch, which the index records with each commit beside the entry's sequence number.
 */
public record LogSlice(String epoch, List<Entry> entries) {

  /** One entry: its sequence number in the log and its command. */
  public record Entry(long seq, WriteCommand command) {
  }

  public LogSlice {
    entries = List.copyOf(entries);
  }

  public JsonObject toJson() {
    JsonArray list = new JsonArray();
    entries.forEach(e -> list.add(new JsonObject().put("seq", e.seq()).put("command", e.command().toJson())));
    return new JsonObject().put("epoch", epoch).put("entries", list);
  }

  public static LogSlice fromJson(JsonObject json) {
    return new LogSlice(json.getString("epoch"), json.getJsonArray("entries").stream()
        .map(JsonObject.class::cast)
        .map(e -> new Entry(e.getLong("seq"), WriteCommand.fromJson(e.getJsonObject("command"))))
        .toList());
  }
}
