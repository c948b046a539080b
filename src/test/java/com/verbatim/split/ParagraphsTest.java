package com.verbatim.split;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.SplitArticle.SplitSentence;
import com.verbatim.support.Samples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ParagraphsTest {

  @Test
  @DisplayName("blank lines separate paragraphs; single line breaks inside one stay in it")
  void blankLines() {
    assertThat(Paragraphs.of("First line.\nStill first.\n\n  \nSecond.\r\n\r\nThird."))
        .containsExactly("First line.\nStill first.", "Second.", "Third.");
  }

  @Test
  @DisplayName("a body without blank lines has one paragraph per line; blank lines only at the edges do not count")
  void oneLineEach() {
    assertThat(Paragraphs.of("\n\nOne. Two.\nThree.\n\n")).containsExactly("One. Two.", "Three.");
    assertThat(Paragraphs.of("   ")).isEmpty();
  }

  @Test
  @DisplayName("each kept sentence carries its paragraph: the sample's lines, and blank-line blocks")
  void sentencesKnowTheirParagraph() {
    assertThat(Samples.split(Samples.blinken()).sentences()).extracting(SplitSentence::paragraph)
        .startsWith(1, 2, 3, 3, 4).allMatch(p -> p >= 1 && p <= 15);
    assertThat(Samples.split("t", "A first one. A second one.\nA third one.\n\nA fourth one.", "s").sentences())
        .extracting(SplitSentence::paragraph).containsExactly(1, 1, 1, 2);
  }
}
