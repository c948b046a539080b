package com.verbatim.model;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Typed reads of untrusted JSON: a wrong type is a {@code bad-request}, never a crash. */
final class JsonFields {

  private JsonFields() {
  }

  static String string(JsonObject json, String key) {
    Object value = json.getValue(key);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new ApiException(ErrorCode.BAD_REQUEST, "'" + key + "' must be a string");
  }

  static Integer integer(JsonObject json, String key) {
    Object value = json.getValue(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n.longValue()));
    }
    throw new ApiException(ErrorCode.BAD_REQUEST, "'" + key + "' must be an integer");
  }

  static List<String> strings(JsonObject json, String key) {
    Object value = json.getValue(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "'" + key + "' must be an array of strings");
    }
    List<String> out = new ArrayList<>(array.size());
    for (Object item : array) {
      if (!(item instanceof String s)) {
        throw new ApiException(ErrorCode.BAD_REQUEST, "'" + key + "' must be an array of strings");
      }
      out.add(s);
    }
    return out;
  }

  static JsonObject object(JsonObject json, String key) {
    Object value = json.getValue(key);
    if (value == null || value instanceof JsonObject) {
      return (JsonObject) value;
    }
    throw new ApiException(ErrorCode.BAD_REQUEST, "'" + key + "' must be an object");
  }

  static JsonObject putIfPresent(JsonObject json, String key, Object value) {
    return value == null ? json : json.put(key, value);
  }
}
