package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Which words of a question are names: those written with a capital, when capitals tell names apart. */
@Timeout(10)
class QueryPlanNamesTest {

  private static final NewsAnalyzer ANALYZER = new NewsAnalyzer();

  private static Set<String> names(String question) {
    return QueryPlan.of(question, ANALYZER, new Synonyms(ANALYZER), 0.5f).names();
  }

  @Test
  @DisplayName("capitalized words after the first are names")
  void capitalsAreNames() {
    assertThat(names("Who is the chief executive of Instagram?")).containsExactly("instagram");
    assertThat(names("When did eBay buy Skype?")).containsExactlyInAnyOrder("ebai", "skype");
  }

  @Test
  @DisplayName("a question in capitals or in title case has no names: its capitals say nothing")
  void capitalsEverywhereSayNothing() {
    assertThat(names("HOW MANY TEAMS CAN A LEAGUE SEND TO THE FINALS")).isEmpty();
    assertThat(names("What Is St. Lucia Known For?")).isEmpty();
  }

  @Test
  @DisplayName("'I' is not a name")
  void iIsNotAName() {
    assertThat(names("Which film has the line I'm walking here?")).isEmpty();
  }
}
