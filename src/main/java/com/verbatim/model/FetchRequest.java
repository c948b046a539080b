package com.verbatim.model;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import io.vertx.core.json.JsonObject;

/**
 * A page to fetch, extract and ingest: the request of {@code articles.fetch}. The URL is only
 * required here; whether it is a public http(s) target is the fetcher's decision.
 */
public record FetchRequest(String url) {

  public FetchRequest {
    if (url == null || url.isBlank()) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "'url' is required and must not be empty");
    }
    url = url.strip();
  }

  public JsonObject toJson() {
    return new JsonObject().put("url", url);
  }

  /** Reads {@code {"url"}}; a missing, blank or non-string URL throws {@link ApiException}. */
  public static FetchRequest fromJson(JsonObject json) {
    if (json == null) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "the body must be a JSON object");
    }
    return new FetchRequest(JsonFields.string(json, "url"));
  }
}
