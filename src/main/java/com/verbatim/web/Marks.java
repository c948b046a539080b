package com.verbatim.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A quote cut into runs of plain text, the question's words ({@code highlights}) and the span that
 * answers ({@code focus}); where both cover a character, focus wins. The same cut as the chat page's
 * {@code marks.js}, for the pages rendered on the server.
 */
final class Marks {

  private static final int PLAIN = 0;
  private static final int MATCH = 1;
  private static final int FOCUS = 2;

  private Marks() {
  }

  /** {@code [{"text", "match": bool, "focus": bool}]}; ranges outside the text are ignored. */
  static JsonArray segments(String text, JsonArray highlights, JsonArray focus) {
    int[] kind = new int[text.length()];
    paint(kind, highlights, MATCH);
    paint(kind, focus, FOCUS);
    JsonArray out = new JsonArray();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length() || kind[i] != kind[start]) {
        out.add(new JsonObject().put("text", text.substring(start, i))
            .put("match", kind[start] == MATCH).put("focus", kind[start] == FOCUS));
        start = i;
      }
    }
    return out;
  }

  private static void paint(int[] kind, JsonArray ranges, int value) {
    if (ranges == null) {
      return;
    }
    for (Object item : ranges) {
      if (item instanceof JsonArray range && range.size() == 2) {
        int start = Math.max(0, range.getInteger(0));
        int end = Math.min(kind.length, range.getInteger(1));
        for (int i = start; i < end; i++) {
          kind[i] = Math.max(kind[i], value);
        }
      }
    }
  }
}
