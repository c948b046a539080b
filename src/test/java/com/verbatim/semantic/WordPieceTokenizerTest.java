package com.verbatim.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WordPieceTokenizerTest {

  private static WordPieceTokenizer tokenizer;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream json = WordPieceTokenizer.class.getResourceAsStream("/e5-small-v2-q-tokenizer.json")) {
      tokenizer = WordPieceTokenizer.fromTokenizerJson(json);
    }
  }

  @Test
  @DisplayName("ids match the Hugging Face tokenizer: lowercase, accents stripped, punctuation apart, word pieces")
  void matchesReference() {
    // the reference ids come from the Hugging Face tokenizer (DJL 0.38.0) reading the same tokenizer.json
    assertThat(tokenizer.encode("query: how much did Café prices rise in 2024? Unbelievable!"))
        .containsExactly(101, 23032, 1024, 2129, 2172, 2106, 7668, 7597, 4125, 1999, 16798, 2549, 1029, 23653, 999,
            102);
  }

  @Test
  @DisplayName("white space of any kind separates words and control characters vanish")
  void whitespaceAndControls() {
    // a no-break space and a tab separate words; a zero-width space (a format character) is dropped
    assertThat(tokenizer.encode("a\u00a0b\tc\u200bd")).isEqualTo(tokenizer.encode("a b cd"));
    assertThat(WordPieceTokenizer.words(WordPieceTokenizer.normalize("Don't  stop"))).containsExactly("don", "'", "t",
        "stop");
  }

  @Test
  @DisplayName("a text longer than the model takes is cut to 512 tokens and still ends with [SEP]")
  void truncates() {
    int[] ids = tokenizer.encode("word ".repeat(1000));

    assertThat(ids).hasSize(WordPieceTokenizer.MAX_TOKENS);
    assertThat(ids[0]).isEqualTo(101);
    assertThat(ids[ids.length - 1]).isEqualTo(102);
  }
}
