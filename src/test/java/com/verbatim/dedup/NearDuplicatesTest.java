package com.verbatim.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(60)
class NearDuplicatesTest {

  private static final NearDuplicates CHECK = NearDuplicates.defaults();

  @ParameterizedTest(name = "{0}")
  @DisplayName("the same sentence with small edits is one sentence, and the index would compare the pair")
  @CsvSource(delimiter = '|', value = {
      "quote style | Blinken stressed “the need to reduce the risk of misperception” in his talks with Qin. | Blinken stressed \"the need to reduce the risk of misperception\" in his talks with Qin.",
      "U.S. and US | Blinken is the first U.S. secretary of state to visit China in five years. | Blinken is the first US secretary of state to visit China in five years.",
      "word dropped | The talks were described as frank and candid, with both sides expressing their concerns. | The talks were described as frank and candid, with both sides expressing concerns.",
      "word added | Officials saw little hope of resolving the major disagreements between the countries. | Officials saw little hope of resolving the many major disagreements between the countries.",
      "dateline | Officials saw little hope of resolving the major disagreements between the countries. | BEIJING, June 19 (Reuters) - Officials saw little hope of resolving the major disagreements between the countries.",
      "credit line | Officials saw little hope of resolving the major disagreements between the countries. | Officials saw little hope of resolving the major disagreements between the countries. (AP)",
      "name shortened | U.S. Secretary of State Antony Blinken met China's top diplomat in Beijing. | U.S. Secretary of State Blinken met China's top diplomat in Beijing.",
      "per cent | TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn. | TimeWarner said fourth quarter sales rose 2 per cent to $11.1bn from $10.9bn."})
  void mustMerge(String edit, String a, String b) {
    SentenceTokens x = CHECK.tokens(a);
    SentenceTokens y = CHECK.tokens(b);
    assertThat(CHECK.compare(x, y).same()).as(edit + ": " + CHECK.compare(x, y)).isTrue();
    assertThat(CHECK.areCandidates(x, y)).as(edit + " candidates").isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("sentences that differ in what they say stay apart, however alike their words")
  @CsvSource(delimiter = '|', value = {
      "day | Blinken is to meet China's top diplomat, Wang Yi, on Monday in Beijing. | Blinken is to meet China's top diplomat, Wang Yi, on Tuesday in Beijing.",
      "direction | TimeWarner said fourth quarter sales rose 5% to $11.1bn from $10.9bn. | TimeWarner said fourth quarter sales fell 5% to $11.1bn from $10.9bn.",
      "number | TimeWarner said fourth quarter sales rose 5% to $11.1bn from $10.9bn. | TimeWarner said fourth quarter sales rose 6% to $11.1bn from $10.9bn.",
      "number word | The minister said three people were injured in the blast near the station. | The minister said four people were injured in the blast near the station.",
      "name | Blinken is to meet China's top diplomat, Wang Yi, in Beijing next week. | Blinken is to meet China's top diplomat, Qin Gang, in Beijing next week.",
      "name at start | Smith said the government would review the policy after the election. | Jones said the government would review the policy after the election.",
      "negation | The company said it would cut jobs at its plant in the north of England. | The company said it would not cut jobs at its plant in the north of England.",
      "contraction | The company said it would cut jobs at its plant in the north of England. | The company said it wouldn't cut jobs at its plant in the north of England.",
      "month | The new rules will come into force in March, the ministry said on its website. | The new rules will come into force in May, the ministry said on its website.",
      "other sentence | Blinken is the first U.S. secretary of state to visit China in five years. | It might also pave the way for talks between Xi and Biden at later global summits."})
  void mustNotMerge(String change, String a, String b) {
    assertThat(CHECK.same(a, b)).as(change + ": " + CHECK.compare(CHECK.tokens(a), CHECK.tokens(b))).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("short sentences merge only when their words are exactly the same")
  @CsvSource(delimiter = '|', value = {"He said no. | He said yes.", "Prices rose. | Prices fell."})
  void shortSentences(String a, String b) {
    assertThat(CHECK.same(a, b)).isFalse();
    assertThat(CHECK.same(a, a.toUpperCase())).isTrue();
  }
}
