package com.verbatim.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.Answer;
import com.verbatim.model.Answer.Quote;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.Citation;
import com.verbatim.model.UrlScope;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AnswerFrameTest {

  private static final ArticleMeta META = new ArticleMeta("a\"1", "Harbour “reopens” ✓", "https://x.test/a?b=1&c=\\d",
      "Coast Courier", null);
  private static final List<Quote> QUOTES = List.of(
      new Quote("Boats returned, said \"Ms Ørsted\" — 😀.", 1.2345, List.of(new int[] {0, 5}), List.of(),
          new Citation(1, META, 3), List.of()),
      new Quote("Tabs\there\nand a line.", 0.5, List.of(), List.of(new int[] {1, 2}), new Citation(2, META, 4),
          List.of(new Citation(3, META, 1))));
  static final List<String> IDS = Arrays.asList(null, "", "b1", "with \"quotes\" and \\ backslash", "ctrl\u0001\u001f",
      "line\nbreak\ttab\r\b\f", "é ✓ 😀", "\u2028\u2029", "\u007f", "</script>", "a/b");
  static final List<List<String>> NOTES = List.of(List.of(), List.of(UrlScope.UNKNOWN), List.of("one", "two \"2\""));

  /** The frame as the socket built it before: the whole answer as a JsonObject, with its notes, encoded. */
  private static String built(Answer answer, JsonArray numbered, List<String> notes) {
    JsonObject frame = new JsonObject().put("type", "answer").put("id", answer.id()).put("sentences", numbered)
        .put("tookMs", Math.round(answer.tookMs() * 100) / 100.0);
    return UrlScopes.withNotes(frame, notes).encode();
  }

  @Test
  @DisplayName("a spliced answer frame, as text and in UTF-8, is the encoded JsonObject: escaped ids, null id, notes")
  void splicedEqualsBuilt() {
    JsonArray numbered = new Answer("x", QUOTES, 0).toJson().getJsonArray("sentences");
    numbered.getJsonObject(0).getJsonObject("citation").put("paragraph", 2);
    String encoded = numbered.encode();
    byte[] utf8 = encoded.getBytes(UTF_8);
    List<Double> times = new ArrayList<>(List.of(0.0, 0.004, 0.005, 0.1, 1.0, 12.345, 99.995, 1e7, 123456789.987));
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      times.add(random.nextDouble() * Math.pow(10, random.nextInt(8) - 3));
    }
    for (String id : IDS) {
      for (List<String> notes : NOTES) {
        for (double took : times) {
          Answer answer = new Answer(id, QUOTES, took);
          String built = built(answer, numbered, notes);
          assertThat(AnswerFrame.of(id, encoded, took, notes)).isEqualTo(built);
          assertThat(AnswerFrame.utf8(id, utf8, took, notes)).isEqualTo(built.getBytes(UTF_8));
        }
      }
    }
  }

  @Test
  @DisplayName("every single character as an id is escaped as the JSON codec escapes it")
  void everyCharacter() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String id = "x" + c;
      Answer answer = new Answer(id, List.of(), 0.25);
      String built = built(answer, new JsonArray(), List.of());
      assertThat(AnswerFrame.of(id, "[]", 0.25, List.of())).isEqualTo(built);
      assertThat(AnswerFrame.utf8(id, "[]".getBytes(UTF_8), 0.25, List.of())).isEqualTo(built.getBytes(UTF_8));
    }
  }
}
