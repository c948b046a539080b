package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.Answer;
import com.verbatim.model.Answer.Quote;
import com.verbatim.model.ArticleMeta;
import com.verbatim.model.Citation;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
@DisplayName("Answer frames")
class AnswerFramesTest {

  private static final ArticleMeta META = new ArticleMeta("0123456789abcdef", "Title \"quoted\"", "Wire", null, null);
  private static final List<Quote> QUOTES = List.of(
      new Quote("Blinken met Wang Yi.", 7.123456, List.of(new int[] {0, 7}), List.of(), new Citation(1, META, 3),
          List.of()),
      new Quote("Talks went on.", 2.5, List.of(), List.of(new int[] {1, 2}), new Citation(2, META, 4),
          List.of(new Citation(0, META, 9))));

  @Test
  @DisplayName("encode as Answer.toJson does, for the same quotes under other ids, and for an id that needs escaping")
  void sameJson() {
    AnswerFrames frames = new AnswerFrames();
    for (Answer answer : List.of(new Answer("q1", QUOTES, 0.8), new Answer("q\"2", QUOTES, 12.3456),
        new Answer(null, QUOTES, 0), new Answer("e", List.of(), 0.004))) {
      assertThat(new JsonObject(frames.encode(answer))).isEqualTo(answer.toJson());
    }
  }
}
