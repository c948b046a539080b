package com.verbatim.ingest;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import com.verbatim.model.BulkRequest;
import com.verbatim.model.ItemResult;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bulk body, a JSON array of articles or NDJSON (one article per line), into items that
 * keep their position. An item that is not a JSON object is refused on its own, with its index.
 */
public final class BulkBody {

  /** The items to ingest, and those already refused because they are not JSON objects. */
  public record Parsed(BulkRequest request, List<ItemResult> refused) {
  }

  private BulkBody() {
  }

  /** A JSON array of objects; the whole body must be valid JSON. */
  public static Parsed array(String body) {
    Object value;
    try {
      value = Json.decodeValue(body);
    } catch (DecodeException e) {
      throw new ApiException(ErrorCode.BAD_JSON, "the body is not valid JSON");
    }
    if (!(value instanceof JsonArray array)) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "the body must be a JSON array of articles");
    }
    checkSize(array.size());
    List<BulkRequest.Item> items = new ArrayList<>();
    List<ItemResult> refused = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (array.getValue(i) instanceof JsonObject object) {
        items.add(new BulkRequest.Item(i, object));
      } else {
        refused.add(ItemResult.refused(i, ErrorCode.BAD_REQUEST, "item " + i + " is not a JSON object"));
      }
    }
    return new Parsed(new BulkRequest(items), refused);
  }

  /** NDJSON: one object per non-blank line; the index is the 0-based line number. */
  public static Parsed ndjson(String body) {
    String[] lines = body.split("\n", -1);
    List<BulkRequest.Item> items = new ArrayList<>();
    List<ItemResult> refused = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        if (Json.decodeValue(line) instanceof JsonObject object) {
          items.add(new BulkRequest.Item(i, object));
        } else {
          refused.add(ItemResult.refused(i, ErrorCode.BAD_REQUEST, "line " + (i + 1) + " is not a JSON object"));
        }
      } catch (DecodeException e) {
        refused.add(ItemResult.refused(i, ErrorCode.BAD_JSON, "line " + (i + 1) + " is not valid JSON"));
      }
    }
    checkSize(items.size() + refused.size());
    return new Parsed(new BulkRequest(items), refused);
  }

  private static void checkSize(int items) {
    if (items == 0) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "the body holds no articles");
    }
    if (items > BulkRequest.MAX_ITEMS) {
      throw new ApiException(ErrorCode.TOO_LARGE, "at most " + BulkRequest.MAX_ITEMS + " articles per request");
    }
  }
}
