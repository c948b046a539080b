package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.bus.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("The AsyncAPI document of /ws keeps up with the code")
@Timeout(60)
class AsyncApiDocumentTest {

  /** The codes the connection limits add (busy, rate-limited, too-many-connections): documented ahead of them. */
  private static final List<String> LIMIT_CODES = List.of("busy", "rate-limited", "too-many-connections");
  private static String document;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream(OpsRoutes.ASYNCAPI)) {
      assertThat(in).as("asyncapi.yaml on the class path").isNotNull();
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  @DisplayName("is AsyncAPI 3.0 and names the subprotocol the server offers")
  void versionAndSubprotocol() {
    assertThat(document).startsWith("asyncapi: 3.0.0\n");
    assertThat(document).contains("- " + WebVerticle.SUBPROTOCOL + "\n").contains("address: /ws\n");
  }

  @Test
  @DisplayName("lists every error code of ErrorCode, and the limits' codes, in the error frame's enum and its description")
  void everyErrorCode() {
    List<String> codes = new ArrayList<>(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList());
    LIMIT_CODES.stream().filter(code -> !codes.contains(code)).forEach(codes::add);
    String enumeration = document.substring(document.lastIndexOf("          enum:\n"));
    for (String code : codes) {
      assertThat(enumeration).as("the enum of Error.code").contains("            - " + code + "\n");
      assertThat(document).as("the description of Error.code").contains("- `" + code + "`");
    }
    assertThat(document).contains("retryAfterMs:");
  }

  @Test
  @DisplayName("gives the meaning of every close code the server uses")
  void closeCodes() {
    for (int code : new int[] {1000, 1001, 1002, 1007, 1008, 1009, 1011, 1013}) {
      assertThat(document).contains("- `" + code + "` ");
    }
  }
}
