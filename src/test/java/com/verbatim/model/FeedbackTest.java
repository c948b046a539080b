package com.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.verbatim.bus.ApiException;
import com.verbatim.bus.ErrorCode;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class FeedbackTest {

  @Test
  @DisplayName("a vote names its answer or question and is up or down; anything else is a bad-request")
  void validation() {
    Feedback up = Feedback.fromJson(new JsonObject().put("answerId", "a1").put("vote", "up"));
    assertThat(up.up()).isTrue();
    assertThat(Feedback.fromJson(up.toJson())).isEqualTo(up);
    assertThat(Feedback.fromJson(new JsonObject().put("question", "Who?").put("vote", "down")).up()).isFalse();

    assertThatThrownBy(() -> Feedback.fromJson(new JsonObject().put("answerId", "a1").put("vote", "meh")))
        .isInstanceOf(ApiException.class).extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST);
    assertThatThrownBy(() -> Feedback.fromJson(new JsonObject().put("vote", "up")))
        .hasMessageContaining("'answerId' or 'question'");
    assertThatThrownBy(() -> Feedback.fromJson(new JsonObject().put("answerId", 5).put("vote", "up")))
        .hasMessageContaining("must be a string");
    assertThatThrownBy(() -> Feedback.fromJson(new JsonObject().put("question", "x".repeat(1001)).put("vote", "up")))
        .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.TOO_LONG);
  }
}
