package com.verbatim.model;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * An article as submitted, before it has an id. The compact constructor validates and normalizes
 * every field, so an instance is always safe to ingest.
 */
public record NewArticle(String title, String text, String url, String source, String publishedAt) {

  /** Longest accepted body, in characters; the HTTP layer also caps the request size. */
  public static final int MAX_TEXT_CHARS = 2_000_000;
  static final int MAX_TITLE_CHARS = 1_000;
  static final int MAX_FIELD_CHARS = 2_000;

  public NewArticle {
    title = clean(title);
    text = text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    url = clean(url);
    source = clean(source);
    publishedAt = clean(publishedAt);
    require(title != null, "'title' is required");
    require(title.length() <= MAX_TITLE_CHARS, "'title' is longer than " + MAX_TITLE_CHARS + " characters");
    require(text != null && !text.isEmpty(), "'text' is required and must not be empty");
    if (text.length() > MAX_TEXT_CHARS) {
      throw new ApiException(ErrorCode.TOO_LARGE, "'text' is longer than " + MAX_TEXT_CHARS + " characters");
    }
    require(source == null || source.length() <= MAX_FIELD_CHARS, "'source' is too long");
    require(url == null || isHttpUrl(url), "'url' must be an absolute http or https URL");
    require(publishedAt == null || isDate(publishedAt), "'publishedAt' must be an ISO-8601 date or date-time");
  }

  /** Reads and validates a submitted article; a wrong field throws {@link ApiException}. */
  public static NewArticle fromJson(JsonObject json) {
    if (json == null) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "the body must be a JSON object");
    }
    return new NewArticle(JsonFields.string(json, "title"), JsonFields.string(json, "text"),
        JsonFields.string(json, "url"), JsonFields.string(json, "source"), JsonFields.string(json, "publishedAt"));
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("title", title).put("text", text);
    JsonFields.putIfPresent(json, "url", url);
    JsonFields.putIfPresent(json, "source", source);
    return JsonFields.putIfPresent(json, "publishedAt", publishedAt);
  }

  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip().replaceAll("\\s+", " ");
    return stripped.isEmpty() ? null : stripped;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new ApiException(ErrorCode.BAD_REQUEST, message);
    }
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean isDate(String value) {
    try {
      OffsetDateTime.parse(value);
      return true;
    } catch (DateTimeParseException notDateTime) {
      try {
        LocalDate.parse(value);
        return true;
      } catch (DateTimeParseException notDate) {
        return false;
      }
    }
  }
}
