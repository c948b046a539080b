package com.verbatim.web;

import io.vertx.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text of an answer frame put together from its parts: the quotes, encoded once per cached answer, with
 * each ask's own id, time and notes spliced around them. Byte for byte what encoding the frame as a
 * {@code JsonObject} gives ({@code type, id, sentences, tookMs}, then {@code notes} when there are any), so a
 * repeated question does not re-encode the same quotes for every asker, as JSON nor as UTF-8.
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
    return head(id) + sentences + tail(tookMs, notes);
  }

  /** {@link #of} in UTF-8, from the quotes' JSON array in UTF-8: only the id, time and notes are encoded. */
  static byte[] utf8(String id, byte[] sentences, double tookMs, List<String> notes) {
    byte[] head = head(id).getBytes(StandardCharsets.UTF_8);
    byte[] tail = tail(tookMs, notes).getBytes(StandardCharsets.UTF_8);
    byte[] frame = new byte[head.length + sentences.length + tail.length];
    System.arraycopy(head, 0, frame, 0, head.length);
    System.arraycopy(sentences, 0, frame, head.length, sentences.length);
    System.arraycopy(tail, 0, frame, head.length + sentences.length, tail.length);
    return frame;
  }

  private static String head(String id) {
    StringBuilder out = new StringBuilder(START.length() + 32).append(START);
    appendString(out, id);
    return out.append(",\"sentences\":").toString();
  }

  private static String tail(double tookMs, List<String> notes) {
    // the number as Jackson writes a finite double
    StringBuilder out = new StringBuilder(32).append(",\"tookMs\":")
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
