package com.verbatim.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.model.SplitArticle;
import com.verbatim.support.Samples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class RepeatRemoverTest {

  @Test
  @DisplayName("the sample's 120 lines (15 lines repeated 8 times) become exactly 16 unique sentences")
  void sampleBecomesSixteenSentences() {
    String text = Samples.blinken().text();
    assertThat(text.lines().count()).isEqualTo(120);

    SplitArticle split = Samples.split(Samples.blinken());

    assertThat(split.sentences()).hasSize(16);
    assertThat(split.repeatsRemoved()).isEqualTo(128 - 16);
    assertThat(split.sentences().get(0).text())
        .isEqualTo("The United States Secretary of State, Antony Blinken, is set to conclude his exceptional trip to Beijing, China");
    assertThat(split.sentences().get(2).text()).isEqualTo("The talks were described as frank and candid, with both sides expressing their concerns and priorities.");
    assertThat(split.sentences().get(3).text()).startsWith("Despite the challenges, Blinken expressed optimism");
    assertThat(split.sentences().get(15).text()).isEqualTo("It might also pave the way for talks between Xi and Biden at later-in-the-year global summits.");
  }

  @Test
  @DisplayName("repeats differing only in quote style, case or spacing are one sentence, kept in first-seen order")
  void repeatsByNormalizedKey() {
    SplitArticle split = Samples.split("t", "He said \u201cno.\u201d\nShe left.\nHe  said \"NO.\"\nShe left.", "s");

    assertThat(split.sentences()).extracting(SplitArticle.SplitSentence::text)
        .containsExactly("He said \u201cno.\u201d", "She left.");
    assertThat(split.repeatsRemoved()).isEqualTo(2);
  }

  @Test
  @DisplayName("a repeated copy that runs on without a line break is cut back into the sentences already seen")
  void runOnRepeat() {
    String copy = Samples.blinken().text().lines().limit(15).reduce((a, b) -> a + "\n" + b).orElseThrow();
    String glued = copy + "\n" + copy.replace("\n", " ") + copy.replace("\n", "");

    SplitArticle split = Samples.split("t", glued, "s");

    assertThat(split.sentences()).hasSize(16);
    assertThat(split.sentences()).extracting(SplitArticle.SplitSentence::text)
        .isEqualTo(Samples.split(Samples.blinken()).sentences().stream().map(SplitArticle.SplitSentence::text).toList());
  }

  @Test
  @DisplayName("repeated paragraphs keep one copy, and a sentence that merely contains a short seen one stays whole")
  void repeatedParagraphs() {
    String para = "The firm said profits rose sharply. Its shares jumped in early trading.";
    SplitArticle split = Samples.split("t", para + "\n\nAnalysts were surprised.\n\n" + para
        + "\n\nOne analyst said: Analysts were surprised.", "s");

    assertThat(split.sentences()).extracting(SplitArticle.SplitSentence::text).containsExactly(
        "The firm said profits rose sharply.", "Its shares jumped in early trading.", "Analysts were surprised.",
        "One analyst said: Analysts were surprised.");
    assertThat(split.repeatsRemoved()).isEqualTo(2);
  }
}
