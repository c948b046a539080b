package com.verbatim.config;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One section of the configuration, read strictly: every setting must be present, because the
 * defaults live in one place, the shipped {@code conf/config.json} that {@link ConfigLoader} always
 * loads first. A missing or mistyped setting stops the start with its full name.
 */
public final class Section {

  private final String name;
  private final JsonObject json;

  public Section(String name, JsonObject json) {
    this.name = name;
    this.json = json == null ? new JsonObject() : json;
  }

  public String string(String key) {
    return value(key, String.class);
  }

  public int integer(String key) {
    return Math.toIntExact(number(key).longValue());
  }

  public long longValue(String key) {
    return number(key).longValue();
  }

  public double decimal(String key) {
    return number(key).doubleValue();
  }

  public boolean bool(String key) {
    return value(key, Boolean.class);
  }

  public List<String> strings(String key) {
    return value(key, JsonArray.class).stream().map(String::valueOf).toList();
  }

  private Number number(String key) {
    return value(key, Number.class);
  }

  private <T> T value(String key, Class<T> type) {
    Object value = json.getValue(key);
    if (value == null) {
      throw new IllegalArgumentException("missing setting " + name + "." + key + " (see conf/config.json)");
    }
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("setting " + name + "." + key + " must be a "
          + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ", not " + value);
    }
    return type.cast(value);
  }
}
