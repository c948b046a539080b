package com.verbatim.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hard cases in the spirit of the English "Golden Rules", written for this project so that they run
 * without the shared evaluation data.
 */
@DisplayName("SentenceSplitter on hard segmentation cases")
@Timeout(60)
class SentenceSplitterRulesTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("initial in a name", "My name is Maria T. Lopez.", List.of("My name is Maria T. Lopez.")),
        Arguments.of("page abbreviation before a number", "See p. 12 for details.", List.of("See p. 12 for details.")),
        Arguments.of("lower-case abbreviation mid-sentence", "Were Tom and co. at the meeting?",
            List.of("Were Tom and co. at the meeting?")),
        Arguments.of("company abbreviation at the end", "We signed with Smith, Jones & Co. It took a week.",
            List.of("We signed with Smith, Jones & Co.", "It took a week.")),
        Arguments.of("prepositive and postpositive St.", "St. Paul's Cathedral is on 3rd st. by the river.",
            List.of("St. Paul's Cathedral is on 3rd st. by the river.")),
        Arguments.of("possessive abbreviation", "That is MLK Jr.'s speech.", List.of("That is MLK Jr.'s speech.")),
        Arguments.of("multi-period abbreviation mid-sentence", "We toured the U.S.A. last spring.",
            List.of("We toured the U.S.A. last spring.")),
        Arguments.of("multi-period abbreviation at the end", "I studied in the E.U. What about you?",
            List.of("I studied in the E.U.", "What about you?")),
        Arguments.of("U.S. before a capitalised noun", "She works for the U.S. Department of State.",
            List.of("She works for the U.S. Department of State.")),
        Arguments.of("a.m. opening, P.M. closing", "At 7 a.m. Mr. Lee left home. He came back at 9 P.M. Mr. Lee then slept.",
            List.of("At 7 a.m. Mr. Lee left home.", "He came back at 9 P.M.", "Mr. Lee then slept.")),
        Arguments.of("money at the end", "He paid $250.50. It was too much.", List.of("He paid $250.50.", "It was too much.")),
        Arguments.of("email and web addresses", "Write to ann.lee@example.org. The page is https://news.example.com/a/b.html. Read it.",
            List.of("Write to ann.lee@example.org.", "The page is https://news.example.com/a/b.html.", "Read it.")),
        Arguments.of("parenthetical sentence", "He teaches (He once was a pilot.) at the college.",
            List.of("He teaches (He once was a pilot.) at the college.")),
        Arguments.of("double punctuation", "Hi!? Anyone home?? Yes!!", List.of("Hi!?", "Anyone home??", "Yes!!")),
        Arguments.of("list with period and parenthesis", "1.) First point 2.) Second point",
            List.of("1.) First point", "2.) Second point")),
        Arguments.of("alphabetical list", "a. Apples b. Pears c. Plums", List.of("a. Apples", "b. Pears", "c. Plums")),
        Arguments.of("bulleted numbered list", "• 1. Alpha • 2. Beta", List.of("• 1. Alpha", "• 2. Beta")),
        Arguments.of("pronoun I versus initial I", "We did it, you and I. Did you meet Henry I. Brown?",
            List.of("We did it, you and I.", "Did you meet Henry I. Brown?")),
        Arguments.of("spaced ellipsis inside a sentence", "The plan was simple . . . and it failed . . . Nobody knew.",
            List.of("The plan was simple . . . and it failed . . . Nobody knew.")),
        Arguments.of("four-dot ellipsis at the end", "It was over.... Everyone went home.",
            List.of("It was over....", "Everyone went home.")),
        Arguments.of("period then spaced ellipsis opening the next sentence",
            "The habit faded. . . . The practice went on. . . .",
            List.of("The habit faded.", ". . . The practice went on. . . .")),
        Arguments.of("bracketed ellipsis", "\"Smith [...] wrote the rules [...]\" (Jones 12).",
            List.of("\"Smith [...] wrote the rules [...]\" (Jones 12).")),
        Arguments.of("number code after N°", "It is at N°. 42.17.9. That is the spot.",
            List.of("It is at N°. 42.17.9.", "That is the spot.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("splits a hard case exactly")
  void splitsHardCase(String name, String text, List<String> expected) {
    assertThat(splitter.split(text)).as(name).containsExactlyElementsOf(expected);
  }

  @Test
  @DisplayName("pathological input is split in linear time")
  void pathologicalInput() {
    String dots = ". ".repeat(200_000);
    String noSpaces = "a.".repeat(200_000);
    String markers = "1. ".repeat(100_000);
    // linear work on these 1.1 million characters takes well under a second; quadratic work takes minutes.
    // The bound sits between the two by orders of magnitude, so a busy machine cannot fail it, and
    // running in its own thread a runaway split fails the test instead of hanging it.
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      splitter.split(dots);
      splitter.split(noSpaces);
      splitter.split(markers);
    });
  }
}
