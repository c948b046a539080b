package com.verbatim.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FollowUpTest {

  @Test
  @DisplayName("'And Yellen?' asks the last question again about Yellen")
  void andName() {
    assertThat(FollowUp.resolve("And Yellen?", List.of("Who did Blinken meet?"))).isEqualTo("Who did Yellen meet?");
  }

  @Test
  @DisplayName("'What about Taiwan?' puts Taiwan in place of the last question's name")
  void whatAbout() {
    assertThat(FollowUp.resolve("What about Taiwan?", List.of("Who did Blinken meet?",
        "What is the most important issue for China?"))).isEqualTo("What is the most important issue for Taiwan?");
  }

  @Test
  @DisplayName("a bare question word asks it of the last question's topic")
  void bareQuestionWord() {
    assertThat(FollowUp.resolve("When?", List.of("Who did Blinken meet?"))).isEqualTo("When did Blinken meet?");
    assertThat(FollowUp.resolve("and how long?", List.of("Did Blinken meet Wang Yi?")))
        .isEqualTo("How long did Blinken meet Wang Yi?");
  }

  @Test
  @DisplayName("a question that stands on its own, or has nothing before it, is left as it is")
  void standalone() {
    assertThat(FollowUp.resolve("Who is Wang Yi?", List.of("Who did Blinken meet?"))).isEqualTo("Who is Wang Yi?");
    assertThat(FollowUp.resolve("When?", List.of())).isEqualTo("When?");
  }
}
