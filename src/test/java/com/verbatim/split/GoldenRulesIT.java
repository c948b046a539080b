package com.verbatim.split;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Scores the splitter on the shared English Golden Rules, which live outside the repository
 * ({@code ../shared/eval/sbd-golden-rules}, or the path in {@code -Dgolden.rules}); skipped when absent.
 */
@DisplayName("SentenceSplitter on the English Golden Rules")
@Timeout(300)
class GoldenRulesIT {

  private static final Path RULES = Path.of(System.getProperty("golden.rules",
      "../shared/eval/sbd-golden-rules/golden_rules_en.json"));

  @Test
  @DisplayName("gets at least 47 of the 48 rules right")
  void scoresAtLeast47() throws IOException {
    Assumptions.assumeTrue(Files.exists(RULES), "Golden Rules not found at " + RULES.toAbsolutePath());
    SentenceSplitter splitter = new SentenceSplitter();
    JsonArray rules = new JsonArray(Files.readString(RULES, StandardCharsets.UTF_8));
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      JsonObject rule = rules.getJsonObject(i);
      List<String> expected = rule.getJsonArray("sentences").stream().map(s -> s.toString().strip()).toList();
      List<String> got = splitter.split(rule.getString("text")).stream().map(String::strip).toList();
      if (!expected.equals(got)) {
        failures.add("rule " + rule.getInteger("pysbd_rule") + ": expected " + expected + " got " + got);
      }
    }
    assertThat(rules.size()).isEqualTo(48);
    assertThat(failures).as("failing rules").hasSizeLessThanOrEqualTo(1);
  }
}
