package com.verbatim.eval.bench;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * What a frame from the server is, as the load client counts it: an answer, or an error with its {@code code}
 * ({@code busy} and {@code rate-limited} are counted apart from the others), and the {@code id} it answers.
 * An answer frame is read without parsing when it starts the way the product writes it
 * ({@code {"type":"answer","id":"...}), since the client must not spend its core on large answers.
 */
public record Reply(Kind kind, String id, String code, long retryAfterMs) {

  /** How a frame counts. */
  public enum Kind { ANSWER, ERROR, OTHER }

  private static final String ANSWER_PREFIX = "{\"type\":\"answer\",\"id\":\"";

  /**
   * The kind, id and code of {@code text}, and how long a {@code rate-limited} error asks to wait
   * ({@code retryAfterMs}, -1 when absent); a frame that is not JSON is {@link Kind#OTHER} with code
   * {@code not-json}.
   */
  public static Reply of(String text) {
    if (text.startsWith(ANSWER_PREFIX)) {
      int end = text.indexOf('"', ANSWER_PREFIX.length());
      String id = end < 0 ? "\\" : text.substring(ANSWER_PREFIX.length(), end);
      if (id.indexOf('\\') < 0) {
        return new Reply(Kind.ANSWER, id, null, -1);
      }
    }
    JsonObject frame;
    try {
      frame = new JsonObject(text);
    } catch (DecodeException | ClassCastException e) {
      return new Reply(Kind.OTHER, null, "not-json", -1);
    }
    String id = frame.getValue("id") instanceof String s ? s : null;
    Object type = frame.getValue("type");
    if ("answer".equals(type)) {
      return new Reply(Kind.ANSWER, id, null, -1);
    }
    if ("error".equals(type)) {
      return new Reply(Kind.ERROR, id, frame.getValue("code") instanceof String c ? c : "no-code",
          frame.getValue("retryAfterMs") instanceof Number n ? n.longValue() : -1);
    }
    return new Reply(Kind.OTHER, id, String.valueOf(type), -1);
  }
}
