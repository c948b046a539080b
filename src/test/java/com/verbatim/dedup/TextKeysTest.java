package com.verbatim.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TextKeysTest {

  @Test
  @DisplayName("normalizing drops case, quote style and punctuation but keeps words apart")
  void normalize() {
    assertThat(TextKeys.normalize("China\u2019s \u201ctop\u201d  diplomat, Wang-Yi.")).isEqualTo("chinas top diplomat wang yi");
  }

  @Test
  @DisplayName("different sentences get different keys; equal ones the same")
  void keys() {
    assertThat(TextKeys.sentenceKey("Shares rose 5%.")).isEqualTo(TextKeys.sentenceKey("shares  rose 5%"))
        .isNotEqualTo(TextKeys.sentenceKey("Shares fell 5%."));
  }
}
