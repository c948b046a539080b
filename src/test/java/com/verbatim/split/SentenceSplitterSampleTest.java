package com.verbatim.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class SentenceSplitterSampleTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  @DisplayName("a line break ends a sentence, so a headline without a period stands alone")
  void lineBreakEndsSentence() {
    assertThat(splitter.split("Blinken lands in Beijing\nHe met Wang Yi.")).containsExactly(
        "Blinken lands in Beijing", "He met Wang Yi.");
  }

  @Test
  @DisplayName("U.S., Sino-U.S., 5-1/2 hour and curly quotes do not split a sentence")
  void newsAbbreviationsDoNotSplit() {
    List<String> sentences = splitter.split("Speaking after a 5-1/2 hour meeting, U.S. and Chinese officials spoke. "
        + "Sino-U.S. ties have deteriorated. Blinken stressed \u201cthe need to reduce risk\u201d in talks with Qin.");
    assertThat(sentences).containsExactly(
        "Speaking after a 5-1/2 hour meeting, U.S. and Chinese officials spoke.",
        "Sino-U.S. ties have deteriorated.",
        "Blinken stressed \u201cthe need to reduce risk\u201d in talks with Qin.");
  }
}
