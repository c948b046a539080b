package com.verbatim.web;

import io.vertx.core.json.Json;
import java.util.List;

/**
 * The text of an answer frame put together from its parts: the quotes, encoded once per cached answer, with
 * each ask's own id, time and notes spliced around them. Byte for byte what encoding the frame as a
 * {@code JsonObject} gives ({@code type, id, sentences, tookMs}, then {@code notes} when there are any), so a
 * repeated question does not re-encode the same quotes for every asker.
 */
final class AnswerFrame {

  private static final String START = "{\"type\":\"answer\",\"id\":";

  private AnswerFrame() {
  }

  /**
   * The frame of an answer with {@code id} (may be null), its quotes already encoded as a JSON array
   * ({@code sentences}), {@code tookMs} rounded to hundredths as {@code Answer} rounds it, and {@code notes}.
   */
  static String of(String id, String sentences, double tookMs, List<String> notes) {
    StringBuilder out = new StringBuilder(START.length() + sentences.length() + 64);
    out.append(START);
    appendString(out, id);
    out.append(",\"sentences\":").append(sentences).append(",\"tookMs\":")
        // the number as Jackson writes a finite double
        .append(Double.toString(Math.round(tookMs * 100) / 100.0));
    if (!notes.isEmpty()) {
      out.append(",\"notes\":[");
      for (int i = 0; i < notes.size(); i++) {
        out.append(i == 0 ? "" : ",");
        appendString(out, notes.get(i));
      }
      out.append(']');
    }
    return out.append('}').toString();
  }

  /** {@code value} as a JSON string (or null): printable ASCII as it is, anything else escaped by the codec. */
  private static void appendString(StringBuilder out, String value) {
    if (value == null) {
      out.append("null");
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        out.append(Json.encode(value));
        return;
      }
    }
    out.append('"').append(value).append('"');
  }
}
