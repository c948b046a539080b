package com.verbatim.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AnswerSpansTest {

  private static final AnswerSpans SPANS = new AnswerSpans(name -> Set.of("Baghdad", "Japan", "London").contains(name));

  private static List<String> spans(QuestionKind kind, String sentence, String... asked) {
    return SPANS.find(kind, sentence, Set.of(asked)).stream().map(r -> sentence.substring(r[0], r[1])).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "How old is Phillips Idowu? | HOW_OLD",
      "How long was the meeting? | HOW_LONG",
      "How much did Jugnot earn in 2004? | HOW_MUCH",
      "How many text messages were sent? | HOW_MANY",
      "When did Biden take office? | WHEN",
      "In which German city will Nokia test tickets? | WHERE",
      "Where will an eventual meeting take place? | WHERE",
      "Who did Blinken meet? | WHO",
      "Which company installed the lifts? | WHO",
      "Why did Time Warner's profits rise? | WHY",
      "Was Richard Rutkowski convicted? | YES_NO",
      "What is the most important issue for China? | OTHER",
      "At what age did Arthur Hailey retire? | HOW_OLD",
      "How quickly did the tickets sell out? | HOW_LONG",
      "How fast does the Concorde fly? | OTHER",
      "What kind of singer is Ice T? | OTHER",
      "What ethnic group are Crip members? | OTHER",
      "What record company is Durst with? | WHO",
      "What is the term for the sum of all genetic material? | OTHER",
      "What was the price tag for staging the musical? | HOW_MUCH",
      "What will the new adult minimum wage be? | HOW_MUCH",
      "What is the seating capacity of the stadium? | HOW_MANY",
      "Which Indian software firm did Premji build? | WHO",
      "Which minister resigned over the visa row? | WHO",
      "What is the name of the bone Phil Vickery broke? | OTHER",
      "What did the company say about prices? | OTHER"})
  @DisplayName("question words give the kind of answer wanted")
  void kinds(String question, QuestionKind kind) {
    assertThat(QuestionKind.of(question)).isEqualTo(kind);
  }

  @Test
  @DisplayName("ages as news copy writes them")
  void ages() {
    assertThat(spans(QuestionKind.HOW_OLD, "Mr Knight, 39, was jailed in October 1996.")).containsExactly("39");
    assertThat(spans(QuestionKind.HOW_OLD, "He retired when at the age of 77 he decided to stop.")).containsExactly("at the age of 77");
    assertThat(spans(QuestionKind.HOW_OLD, "The 26-year-old won silver.")).containsExactly("26-year-old");
    assertThat(spans(QuestionKind.HOW_OLD, "Mr Hague became an MP at 27 and leader at 36.")).containsExactly("at 27", "at 36");
    assertThat(spans(QuestionKind.HOW_OLD, "He won the 1904 by-election aged 21 and 144 days.")).containsExactly("aged 21");
    assertThat(spans(QuestionKind.HOW_OLD, "The firm made 39 cuts in 2004.")).isEmpty();
  }

  @Test
  @DisplayName("durations, with and without a preposition, hyphenated or not")
  void durations() {
    assertThat(spans(QuestionKind.HOW_LONG, "The two met for a 5-1/2 hour meeting on Sunday.")).containsExactly("5-1/2 hour");
    assertThat(spans(QuestionKind.HOW_LONG, "He worked there for three years.")).containsExactly("three years");
    assertThat(spans(QuestionKind.HOW_LONG, "It will take six years to digitise the collection.")).containsExactly("six years");
    assertThat(spans(QuestionKind.HOW_LONG, "It supplies gas over a 25 year period from 2009.")).containsExactly("25 year");
    assertThat(spans(QuestionKind.HOW_LONG, "Phones had a battery life of little more than 20 minutes.")).containsExactly("20 minutes");
  }

  @Test
  @DisplayName("amounts of money and shares")
  void amounts() {
    assertThat(spans(QuestionKind.HOW_MUCH, "Jugnot made 5.45m Euros (£3.77m) last year.")).containsExactly("5.45m Euros", "£3.77m");
    assertThat(spans(QuestionKind.HOW_MUCH, "Profits jumped 76% to $1.13bn.")).containsExactly("76%", "$1.13bn");
  }

  @Test
  @DisplayName("counts leave out years and money")
  void counts() {
    assertThat(spans(QuestionKind.HOW_MANY, "In 2004, 133m text messages were sent for £10.")).containsExactly("133m");
    assertThat(spans(QuestionKind.HOW_MANY, "More than 70,000 people abandoned the ground.")).containsExactly("70,000");
  }

  @Test
  @DisplayName("dates, places, names the question does not already name, and reason clauses")
  void datesPlacesNamesReasons() {
    assertThat(spans(QuestionKind.WHEN, "Mrs Hassan was abducted in Baghdad on 19 October.")).containsExactly("on 19 October");
    assertThat(spans(QuestionKind.WHERE, "Mrs Hassan was abducted in Baghdad on 19 October.", "hassan")).containsExactly("Baghdad");
    assertThat(spans(QuestionKind.WHO, "It was set up by students David Filo and Jerry Yang.", "jerry", "yang"))
        .containsExactly("David Filo");
    assertThat(spans(QuestionKind.WHY, "Its profits were buoyed by one-off gains, after sales rose.")).containsExactly("after sales rose");
  }

  @Test
  @DisplayName("what the rules find in a sentence, kept, gives the same spans once the question's own words are taken out")
  void foundThenAnswering() {
    String sentence = "Blinken met Wang Yi in Baghdad and officials in London on Monday, after talks lasted 3 hours.";
    for (QuestionKind kind : QuestionKind.values()) {
      for (Set<String> asked : List.of(Set.<String>of(), Set.of("blinken", "baghdad", "officials"), Set.of("wang", "yi"))) {
        assertThat(ranges(AnswerSpans.answering(SPANS.found(kind, sentence), asked)))
            .as(kind + " " + asked).isEqualTo(ranges(SPANS.find(kind, sentence, asked)));
      }
    }
    assertThat(SPANS.found(QuestionKind.WHERE, sentence)).extracting(AnswerSpans.Found::unlessAsked)
        .containsExactly("Baghdad", "London", "Baghdad", "London");
    assertThat(spans(QuestionKind.WHERE, sentence, "baghdad")).containsExactly("London");
    assertThat(spans(QuestionKind.WHO, sentence, "blinken", "officials")).containsExactly("Wang Yi");
  }

  /** Spans as comparable strings. */
  private static List<String> ranges(List<int[]> spans) {
    return spans.stream().map(r -> r[0] + "-" + r[1]).toList();
  }
}
