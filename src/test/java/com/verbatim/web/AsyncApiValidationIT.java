package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The AsyncAPI document validates with the AsyncAPI parser")
@Timeout(300)
class AsyncApiValidationIT {

  private static final Path SCRIPT = Path.of(".ci/browser/validate-asyncapi.mjs");
  private static final Path PARSER = Path.of(".ci/browser/node_modules/@asyncapi/parser/package.json");
  private static final Path DOCUMENT = Path.of("src/main/resources/asyncapi.yaml");

  @Test
  @DisplayName("src/main/resources/asyncapi.yaml is a valid AsyncAPI 3.0.0 document, and a broken copy is not")
  void validates(@TempDir Path tmp) throws Exception {
    if (System.getenv("VERBATIM_REQUIRE_BROWSER") == null) {
      Assumptions.assumeTrue(Files.isRegularFile(PARSER), "@asyncapi/parser is not installed (cd .ci/browser && npm ci)");
    }
    Result valid = validate(DOCUMENT);
    assertThat(valid.exit()).as(valid.output()).isZero();
    assertThat(valid.output()).contains("VALID AsyncAPI 3.0.0");

    Path broken = tmp.resolve("broken.yaml");
    Files.writeString(broken, Files.readString(DOCUMENT).replace("action: receive", "action: listen"));
    Result invalid = validate(broken);
    assertThat(invalid.exit()).as(invalid.output()).isEqualTo(1);
    assertThat(invalid.output()).contains("operations.ask.action");
  }

  private record Result(int exit, String output) {
  }

  private static Result validate(Path file) throws IOException, InterruptedException {
    Process node = new ProcessBuilder("node", SCRIPT.toString(), file.toAbsolutePath().toString())
        .redirectErrorStream(true).start();
    // read to the end first: a full pipe would stop node before it exits
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("node finished").isTrue();
    return new Result(node.exitValue(), output);
  }
}
