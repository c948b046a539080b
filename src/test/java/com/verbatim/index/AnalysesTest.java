package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class AnalysesTest {

  private final NewsAnalyzer analyzer = new NewsAnalyzer();

  @Test
  @DisplayName("a kept analysis is the analyzer's own, terms, places and words alike, and is kept")
  void sameAsTheAnalyzer() {
    Analyses analyses = new Analyses(analyzer, 4);
    String text = "Mr Knight, 39, was jailed for six years on Monday.";
    assertThat(analyses.tokens(text)).isEqualTo(Terms.tokens(analyzer, text));
    assertThat(analyses.terms(text)).isEqualTo(Terms.analyze(analyzer, text));
    assertThat(analyses.words(text)).extracting(Terms.Token::start).hasSize(10);
    assertThat(analyses.tokens(text)).isSameAs(analyses.tokens(text));
  }

  @Test
  @DisplayName("no more than its capacity of texts is kept: the least recently used is analysed again")
  void bounded() {
    Analyses analyses = new Analyses(analyzer, 2);
    List<Terms.Token> first = analyses.tokens("The ferry sailed.");
    analyses.tokens("The bridge opened.");
    analyses.tokens("The talks ended.");
    assertThat(analyses.tokens("The ferry sailed.")).isNotSameAs(first).isEqualTo(first);
  }
}
