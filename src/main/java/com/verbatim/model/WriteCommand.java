package com.verbatim.model;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import io.vertx.core.json.JsonObject;
import java.util.Set;

/**
 * One write as it travels through the cluster's ordered log: what to do ({@code store} a {@link SplitArticle},
 * {@code storeAll} a {@link SplitBatch}, {@code delete} an {@link ArticleRef}) and its body. Every node applies
 * the same commands in the same order to the same index, so they all end with the same index.
 */
public record WriteCommand(String kind, JsonObject body) {

  public static final String STORE = "store";
  public static final String STORE_ALL = "storeAll";
  public static final String DELETE = "delete";

  public WriteCommand {
    if (!Set.of(STORE, STORE_ALL, DELETE).contains(kind) || body == null) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "a write command needs a known kind and a body, not " + kind);
    }
  }

  public JsonObject toJson() {
    return new JsonObject().put("kind", kind).put("body", body);
  }

  public static WriteCommand fromJson(JsonObject json) {
    return new WriteCommand(json.getString("kind"), json.getJsonObject("body"));
  }
}
