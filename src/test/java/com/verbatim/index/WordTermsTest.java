package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The analyzed terms of single words, kept across questions, and plans made with them. */
@Timeout(10)
class WordTermsTest {

  private static final NewsAnalyzer ANALYZER = new NewsAnalyzer();
  private static final Synonyms SYNONYMS = new Synonyms(ANALYZER);

  @Test
  @DisplayName("a word's terms are the analyzer's, and a second ask of the word is answered from what is kept")
  void keepsTheAnalyzersTerms() {
    WordTerms words = new WordTerms(ANALYZER, 16);
    List<String> first = words.of("Skype");
    assertThat(first).isEqualTo(Terms.analyze(ANALYZER, "Skype"));
    assertThat(words.size()).isEqualTo(1);
    assertThat(words.of("Skype")).isSameAs(first);
    assertThat(words.of("long")).isEqualTo(Terms.analyze(ANALYZER, "long"));
    assertThat(words.size()).isEqualTo(2);
  }

  @Test
  @DisplayName("no more words are kept than the capacity, and a word gone is analyzed again")
  void bounded() {
    WordTerms words = new WordTerms(ANALYZER, 2);
    words.of("Instagram");
    words.of("eBay");
    words.of("Skype");
    assertThat(words.size()).isEqualTo(2);
    assertThat(words.of("Instagram")).isEqualTo(Terms.analyze(ANALYZER, "Instagram"));
  }

  @Test
  @DisplayName("a plan made with kept words is the plan made without them, for questions that share words")
  void samePlans() {
    WordTerms words = new WordTerms(ANALYZER, 64);
    List<String> questions = List.of("How long did Skype stay with eBay?", "How old was the chief of Instagram?",
        "When did eBay buy Skype?", "Which film has the line I'm walking here?", "How long was the meeting?",
        "HOW MANY TEAMS CAN A LEAGUE SEND TO THE FINALS", "Where did the ferry to Calais take place?");
    for (int round = 0; round < 2; round++) {
      for (String question : questions) {
        QueryPlan kept = QueryPlan.of(question, ANALYZER, words, SYNONYMS, 0.5f);
        QueryPlan fresh = QueryPlan.of(question, ANALYZER, SYNONYMS, 0.5f);
        assertThat(kept.terms()).isEqualTo(fresh.terms());
        assertThat(kept.synonyms()).isEqualTo(fresh.synonyms());
        assertThat(kept.names()).isEqualTo(fresh.names());
        assertThat(kept.kind()).isEqualTo(fresh.kind());
        assertThat(kept.answerType()).isEqualTo(fresh.answerType());
      }
    }
    assertThat(words.size()).isPositive();
  }
}
