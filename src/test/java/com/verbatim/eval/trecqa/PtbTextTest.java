package com.verbatim.eval.trecqa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PtbTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "What ethnic group / race are Crip members ?|What ethnic group / race are Crip members?",
      "`` If they respect us , we respect them , '' one said .|\"If they respect us, we respect them,\" one said.",
      "He did n't act until 1951 's `` Fixed Bayonet . ''|He didn't act until 1951's \"Fixed Bayonet.\"",
      "It is not -LRB- changing -RRB- for the better .|It is not (changing) for the better.",
      "They 're sure we 've won , I 'm told ; CAN'T WAIT|They're sure we've won, I'm told; CAN'T WAIT",
      "the Crips ' signature color|the Crips' signature color",
      "with $ 4 billion -LSB- or 4 % -RSB- in sales|with $4 billion [or 4%] in sales",
      "a Philadelphia -based maker -- of paints|a Philadelphia-based maker -- of paints"})
  @DisplayName("PTB tokens read as the sentence was written: quotes, brackets, clitics and punctuation back in place")
  void detokenizes(String tokens, String text) {
    assertThat(PtbText.detokenize(List.of(tokens.split(" ")))).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"`` Hello|\"Hello", "-LRB- a -RRB-|(a)", "Hi ''|Hi\""})
  @DisplayName("an opening mark at the start and a closing mark at the end take no stray space")
  void edges(String tokens, String text) {
    assertThat(PtbText.detokenize(List.of(tokens.split(" ")))).isEqualTo(text);
  }
}
