package com.verbatim.model;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The pages an ask is about, by URL ({@code scope.urls}), as the embedded widget sends them: the server finds the
 * articles stored from them. When none is known the ask is answered from the whole corpus, or, with
 * {@code "fallback": "none"}, not at all; the answer then says {@value #UNKNOWN} in its {@code notes}.
 *
 * @param urls at most {@value Ask#MAX_SCOPE} page URLs, each at most {@value #MAX_URL_CHARS} characters; empty
 *     when the ask names none
 * @param fallbackToSite what an ask whose URLs are all unknown does: true answers from every article
 */
public record UrlScope(List<String> urls, boolean fallbackToSite) {

  /** The note of an answer to an ask naming a URL no stored article has. */
  public static final String UNKNOWN = "scope-unknown";
  static final int MAX_URL_CHARS = 2_048;
  private static final String SITE = "site";
  private static final String NONE = "none";

  public UrlScope {
    urls = urls == null ? List.of() : List.copyOf(urls);
    if (urls.size() > Ask.MAX_SCOPE || urls.stream().anyMatch(u -> u.isBlank() || u.length() > MAX_URL_CHARS)) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "'scope.urls' must hold at most " + Ask.MAX_SCOPE
          + " URLs of 1 to " + MAX_URL_CHARS + " characters");
    }
  }

  /** Reads {@code scope.urls} and {@code scope.fallback} ("site", the default, or "none") of an ask frame. */
  public static UrlScope ofAsk(JsonObject ask) {
    JsonObject scope = JsonFields.object(ask, "scope");
    return scope == null ? new UrlScope(List.of(), true) : fromJson(scope);
  }

  /** Reads {@code {"urls": [...], "fallback": "site" | "none"}}. */
  public static UrlScope fromJson(JsonObject json) {
    String fallback = JsonFields.string(json, "fallback");
    if (fallback != null && !fallback.equals(SITE) && !fallback.equals(NONE)) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "'scope.fallback' must be \"site\" or \"none\"");
    }
    return new UrlScope(JsonFields.strings(json, "urls"), !NONE.equals(fallback));
  }

  public boolean isEmpty() {
    return urls.isEmpty();
  }

  public JsonObject toJson() {
    return new JsonObject().put("urls", new JsonArray(urls)).put("fallback", fallbackToSite ? SITE : NONE);
  }
}
