package com.verbatim.model;

import com.verbatim.bus.ErrorCode;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.Objects;

/**
 * The outcome of one item of a bulk ingest: either what ingesting it did, or why it was refused.
 *
 * @param index the item's 0-based position in the request (array element or NDJSON line)
 * @param result set when the item was stored and committed
 * @param error set when the item was refused; {@code message} says why
 */
public record ItemResult(int index, IngestResult result, ErrorCode error, String message) {

  public ItemResult {
    if ((result == null) == (error == null)) {
      throw new IllegalArgumentException("an item has either a result or an error");
    }
  }

  public static ItemResult stored(int index, IngestResult result) {
    return new ItemResult(index, Objects.requireNonNull(result), null, null);
  }

  public static ItemResult refused(int index, ErrorCode error, String message) {
    return new ItemResult(index, null, Objects.requireNonNull(error), message);
  }

  public boolean ok() {
    return result != null;
  }

  /** {@code {"index", "id", "status", ...}} when stored, {@code {"index", "code", "message"}} when refused. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("index", index);
    if (ok()) {
      return json.mergeIn(result.toJson());
    }
    return json.put("code", error.code()).put("message", message);
  }

  public static ItemResult fromJson(JsonObject json) {
    int index = json.getInteger("index");
    if (json.containsKey("id")) {
      return stored(index, IngestResult.fromJson(json));
    }
    ErrorCode code = Arrays.stream(ErrorCode.values()).filter(c -> c.code().equals(json.getString("code")))
        .findFirst().orElse(ErrorCode.INTERNAL);
    return refused(index, code, json.getString("message"));
  }
}
