package com.verbatim.eval.newsqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(10)
class NewsQuestionTest {

  @Test
  @DisplayName("a line gives the question, its kind and every gold entry; '-' gives an unanswerable one")
  void parsesLines() {
    NewsQuestion q = NewsQuestion.parse("p9-001\twho\tWho runs it?\tbbc-a-001|run by Ann || bbc-a-002|Ann runs it");
    NewsQuestion none = NewsQuestion.parse("p9-002\tnone\tWho won in 2010?\t-");

    assertThat(q.kind()).isEqualTo("who");
    assertThat(q.gold()).containsExactly(new NewsQuestion.Gold("bbc-a-001", "run by Ann"),
        new NewsQuestion.Gold("bbc-a-002", "Ann runs it"));
    assertThat(none.answerable()).isFalse();
  }

  @Test
  @DisplayName("a line with the wrong number of columns, an unknown kind or a malformed gold entry is rejected")
  void rejectsMalformedLines() {
    assertThatThrownBy(() -> NewsQuestion.parse("p9-001\twho\tWho runs it?")).hasMessageContaining("4 tab-separated");
    assertThatThrownBy(() -> NewsQuestion.parse("p9-001\twhom\tWho runs it?\tbbc-a-001|Ann"))
        .hasMessageContaining("unknown kind");
    assertThatThrownBy(() -> NewsQuestion.parse("p9-001\twho\tWho runs it?\tbbc-a-001 Ann"))
        .hasMessageContaining("articleId|substring");
  }

  @Test
  @DisplayName("kind none and gold '-' go together, and a gold substring has at most 8 words")
  void rejectsInconsistentGold() {
    assertThatThrownBy(() -> NewsQuestion.parse("p9-001\tnone\tWho runs it?\tbbc-a-001|Ann"))
        .hasMessageContaining("kind none");
    assertThatThrownBy(() -> NewsQuestion.parse("p9-001\twho\tWho runs it?\t-")).hasMessageContaining("kind none");
    assertThatThrownBy(() -> NewsQuestion.parse("p9-001\twho\tWho?\tbbc-a-001|one two three four five six seven eight nine"))
        .hasMessageContaining("longer than 8 words");
    assertThat(NewsQuestion.parse("p9-001\twho\tWho?\tbbc-a-001|one two three four five six seven eight").gold())
        .hasSize(1);
  }

  @Test
  @DisplayName("loading a file skips the header and names the line of a bad question")
  void loadNamesTheBadLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("dev.tsv"),
        "qid\tkind\tquestion\tgold\np9-001\twho\tWho?\tbbc-a-001|Ann\n\np9-002\twhen\tWhen?\n");

    assertThatThrownBy(() -> NewsQuestion.load(file)).hasMessageContaining("line 4");
    Files.writeString(file, "qid\tkind\tquestion\tgold\np9-001\twho\tWho?\tbbc-a-001|Ann\n");
    assertThat(NewsQuestion.load(file)).extracting(NewsQuestion::qid).containsExactly("p9-001");
  }
}
