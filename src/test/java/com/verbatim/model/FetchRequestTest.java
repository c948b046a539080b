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
class FetchRequestTest {

  @Test
  @DisplayName("a fetch request travels as {\"url\"}, stripped, and reads back equal")
  void roundTrip() {
    FetchRequest request = FetchRequest.fromJson(new JsonObject().put("url", "  https://news.example/a \n"));

    assertThat(request.url()).isEqualTo("https://news.example/a");
    assertThat(request.toJson()).isEqualTo(new JsonObject().put("url", "https://news.example/a"));
    assertThat(FetchRequest.fromJson(request.toJson())).isEqualTo(request);
  }

  @Test
  @DisplayName("a missing, blank or non-string url is a bad request; whether it may be fetched is decided later")
  void invalidUrlsAreBadRequests() {
    for (JsonObject body : new JsonObject[] {new JsonObject(), new JsonObject().put("url", ""),
        new JsonObject().put("url", 7), null}) {
      assertThatThrownBy(() -> FetchRequest.fromJson(body)).isInstanceOf(ApiException.class)
          .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST);
    }
    assertThat(new FetchRequest("ftp://files.example/x").url()).isEqualTo("ftp://files.example/x");
  }
}
