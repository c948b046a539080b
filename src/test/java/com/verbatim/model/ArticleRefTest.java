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
class ArticleRefTest {

  @Test
  @DisplayName("a reference travels as {\"id\"} and reads back equal")
  void roundTrip() {
    ArticleRef ref = new ArticleRef("0123456789abcdef");

    assertThat(ref.toJson()).isEqualTo(new JsonObject().put("id", "0123456789abcdef"));
    assertThat(ArticleRef.fromJson(ref.toJson())).isEqualTo(ref);
  }

  @Test
  @DisplayName("a missing, blank or non-string id is a bad request")
  void invalidIdsAreBadRequests() {
    for (JsonObject body : new JsonObject[] {new JsonObject(), new JsonObject().put("id", " "),
        new JsonObject().put("id", 42), null}) {
      assertThatThrownBy(() -> ArticleRef.fromJson(body)).isInstanceOf(ApiException.class)
          .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST);
    }
  }
}
