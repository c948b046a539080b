package com.verbatim.model;

import io.vertx.core.json.JsonObject;

/**
 * What ingesting one article did.
 *
 * @param status {@code created}, {@code updated} or {@code unchanged}
 * @param sentences the article's own sentences after removing repeats inside it
 * @param repeatsRemoved sentences dropped as repeats inside the article
 * @param newSentences sentences the corpus did not hold before
 */
public record IngestResult(String id, String status, int sentences, int repeatsRemoved, int newSentences) {

  public static final String CREATED = "created";
  public static final String UPDATED = "updated";
  public static final String UNCHANGED = "unchanged";

  public boolean created() {
    return CREATED.equals(status);
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id).put("status", status).put("sentences", sentences)
        .put("repeatsRemoved", repeatsRemoved).put("newSentences", newSentences);
  }

  public static IngestResult fromJson(JsonObject json) {
    return new IngestResult(json.getString("id"), json.getString("status"), json.getInteger("sentences"),
        json.getInteger("repeatsRemoved"), json.getInteger("newSentences"));
  }
}
