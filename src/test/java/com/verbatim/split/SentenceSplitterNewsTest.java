package com.verbatim.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("SentenceSplitter on news text")
@Timeout(60)
class SentenceSplitterNewsTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  @DisplayName("a headline line without a period is a sentence of its own")
  void headlineLine() {
    assertThat(splitter.split("Blinken heads to Beijing\nThe trip is the first in five years. It ends Monday."))
        .containsExactly("Blinken heads to Beijing", "The trip is the first in five years.", "It ends Monday.");
  }

  @Test
  @DisplayName("blank lines are ignored and inner whitespace is kept, only the ends are trimmed")
  void blankLinesAndWhitespace() {
    assertThat(splitter.split("  Rates  rose\tagain.  \r\n\r\n\n   Markets fell.\n \n"))
        .containsExactly("Rates  rose\tagain.", "Markets fell.");
  }

  @Test
  @DisplayName("empty or blank text gives no sentences")
  void emptyText() {
    assertThat(splitter.split("")).isEmpty();
    assertThat(splitter.split(" \n\t\n")).isEmpty();
  }

  @Test
  @DisplayName("a dateline stays in the first sentence")
  void datelines() {
    assertThat(splitter.split("WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed the bill. It now goes to the House."))
        .containsExactly("WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed the bill.", "It now goes to the House.");
    assertThat(splitter.split("LONDON, June 18 - British inflation held at 8.7% in May. The Bank of England meets on Thursday."))
        .containsExactly("LONDON, June 18 - British inflation held at 8.7% in May.", "The Bank of England meets on Thursday.");
  }

  @Test
  @DisplayName("a closing quote after the period belongs to the sentence it closes")
  void quotationsSpanningSentences() {
    assertThat(splitter.split("“He said. Then left.”")).containsExactly("“He said.", "Then left.”");
    assertThat(splitter.split("“We will not back down,” he said. “The talks are over.” Officials declined to comment."))
        .containsExactly("“We will not back down,” he said.", "“The talks are over.”", "Officials declined to comment.");
    assertThat(splitter.split("\"It was candid.\" she said.")).containsExactly("\"It was candid.\" she said.");
  }

  @Test
  @DisplayName("U.S. and U.K. before a name or title do not end the sentence")
  void usBeforeProperNoun() {
    assertThat(splitter.split("U.S. President Joe Biden met U.K. Prime Minister Rishi Sunak."))
        .containsExactly("U.S. President Joe Biden met U.K. Prime Minister Rishi Sunak.");
    assertThat(splitter.split("Sino-U.S. ties have deteriorated. U.S. and Chinese officials met."))
        .containsExactly("Sino-U.S. ties have deteriorated.", "U.S. and Chinese officials met.");
  }

  @Test
  @DisplayName("U.S. before a common sentence starter ends the sentence")
  void usBeforeSentenceStarter() {
    assertThat(splitter.split("He moved to the U.S. The move surprised his family."))
        .containsExactly("He moved to the U.S.", "The move surprised his family.");
    assertThat(splitter.split("She studied in the U.K. But she came back in 2019."))
        .containsExactly("She studied in the U.K.", "But she came back in 2019.");
  }

  @Test
  @DisplayName("dates, numbers and addresses with abbreviations stay whole: Jan. 5, No. 10")
  void numericAbbreviations() {
    assertThat(splitter.split("The vote is set for Jan. 5 in Brussels. No. 10 Downing Street said no."))
        .containsExactly("The vote is set for Jan. 5 in Brussels.", "No. 10 Downing Street said no.");
  }

  @Test
  @DisplayName("titles such as Mr. and Dr. never end a sentence")
  void titles() {
    assertThat(splitter.split("Mr. Smith met Dr. Jones at St. Mary's hospital. Gov. Newsom was not there."))
        .containsExactly("Mr. Smith met Dr. Jones at St. Mary's hospital.", "Gov. Newsom was not there.");
  }

  @Test
  @DisplayName("initials do not end a sentence")
  void initials() {
    assertThat(splitter.split("J. K. Rowling wrote it. George W. Bush did not."))
        .containsExactly("J. K. Rowling wrote it.", "George W. Bush did not.");
  }

  @Test
  @DisplayName("an acronym is not mistaken for an abbreviation: the FT. But ...")
  void acronyms() {
    assertThat(splitter.split("Sources told the FT. But Rover declined to comment."))
        .containsExactly("Sources told the FT.", "But Rover declined to comment.");
  }

  @Test
  @DisplayName("decimals and percentages do not end a sentence")
  void decimals() {
    assertThat(splitter.split("Inflation rose 3.5% in May. Growth was 0.2 percent, or $1.5bn."))
        .containsExactly("Inflation rose 3.5% in May.", "Growth was 0.2 percent, or $1.5bn.");
  }

  @Test
  @DisplayName("an ellipsis ends a sentence only before a capitalised word")
  void ellipses() {
    assertThat(splitter.split("He paused... Then he left.")).containsExactly("He paused...", "Then he left.");
    assertThat(splitter.split("He paused… Then he left.")).containsExactly("He paused…", "Then he left.");
    assertThat(splitter.split("I was not sure ... maybe later.")).containsExactly("I was not sure ... maybe later.");
    assertThat(splitter.split("“We will …” he said.")).containsExactly("“We will …” he said.");
  }

  @Test
  @DisplayName("numbered lists give one sentence per item, on one line or many")
  void numberedLists() {
    assertThat(splitter.split("1. Raise rates 2. Cut spending 3. Wait"))
        .containsExactly("1. Raise rates", "2. Cut spending", "3. Wait");
    assertThat(splitter.split("1. Raise rates.\n2. Cut spending."))
        .containsExactly("1. Raise rates.", "2. Cut spending.");
    assertThat(splitter.split("He won 2 races. 3 others were cancelled."))
        .containsExactly("He won 2 races.", "3 others were cancelled.");
  }

  @Test
  @DisplayName("fractions such as 5-1/2 hour stay inside the sentence")
  void fractions() {
    assertThat(splitter.split("Speaking after a 5-1/2 hour meeting, officials left. Talks resume Monday."))
        .containsExactly("Speaking after a 5-1/2 hour meeting, officials left.", "Talks resume Monday.");
  }

  @Test
  @DisplayName("curly quotes and apostrophes are handled like straight ones")
  void curlyQuotes() {
    assertThat(splitter.split("China’s top diplomat met Blinken. “It was candid,” an aide said. ‘Fine.’ He left."))
        .containsExactly("China’s top diplomat met Blinken.", "“It was candid,” an aide said.", "‘Fine.’", "He left.");
  }

  @Test
  @DisplayName("a.m. and p.m. end a sentence unless they close an opening time phrase")
  void times() {
    assertThat(splitter.split("The polls closed at 8 p.m. Results are expected Friday. At 9 a.m. President Biden will speak."))
        .containsExactly("The polls closed at 8 p.m.", "Results are expected Friday.", "At 9 a.m. President Biden will speak.");
  }

  @Test
  @DisplayName("question and exclamation marks end a sentence unless a lower-case word follows")
  void questionAndExclamation() {
    assertThat(splitter.split("Is it over? Not yet, officials said. She works at Yahoo! in London."))
        .containsExactly("Is it over?", "Not yet, officials said.", "She works at Yahoo! in London.");
  }

  @Test
  @DisplayName("company abbreviations end a sentence only before a sentence starter")
  void companies() {
    assertThat(splitter.split("Apple Inc. said sales rose. The deal was signed with Smith & Co. It took a week."))
        .containsExactly("Apple Inc. said sales rose.", "The deal was signed with Smith & Co.", "It took a week.");
  }

  @Test
  @DisplayName("the Blinken sample: 15 distinct lines repeated 8 times give 16 distinct sentences, 128 in all")
  void blinkenSample() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/samples/blinken.txt")) {
      assertThat(in).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSize(120);
    assertThat(new HashSet<>(lines)).hasSize(15);

    List<String> sentences = splitter.split(text);

    assertThat(sentences).hasSize(128);
    assertThat(new HashSet<>(sentences)).hasSize(16);
    assertThat(sentences).contains(
        "The United States Secretary of State, Antony Blinken, is set to conclude his exceptional trip to Beijing, China",
        "The talks were described as frank and candid, with both sides expressing their concerns and priorities.",
        "Despite the challenges, Blinken expressed optimism about the potential for cooperation between the two nations.",
        "Making the first visit to China since U.S. President Joe Biden took office, Blinken stressed “the need to reduce"
            + " the risk of misperception and miscalculation” in his talks with Qin, the State Department said.");
  }
}
