package com.verbatim.model;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import io.vertx.core.json.JsonObject;

/**
 * Names one stored article by its id: the request of {@code index.article} and {@code index.delete},
 * and the reply of a delete. A missing or blank id is a bad request.
 */
public record ArticleRef(String id) {

  public ArticleRef {
    if (id == null || id.isBlank()) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "'id' is required and must not be empty");
    }
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id);
  }

  /** Reads {@code {"id"}}; a missing, blank or non-string id throws {@link ApiException}. */
  public static ArticleRef fromJson(JsonObject json) {
    if (json == null) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "the body must be a JSON object");
    }
    return new ArticleRef(JsonFields.string(json, "id"));
  }
}
