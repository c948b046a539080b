package com.verbatim.eval.trecqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.verbatim.eval.wikiqa.WikiQaData.Candidate;
import com.verbatim.eval.wikiqa.WikiQaData.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrecQaDataTest {

  /** A block as the files write it: the tag, five tab-separated lines (seven for a positive), the closing tag. */
  private static List<String> block(String tag, String tokens) {
    List<String> lines = new ArrayList<>();
    lines.add("<" + tag + ">");
    lines.add(tokens.replace(' ', '\t'));
    String[] tokenList = tokens.split(" ");
    for (int i = 0; i < 4; i++) {
      lines.add(String.join("\t", Collections.nCopies(tokenList.length, "X")));
    }
    if (tag.equals("positive")) {
      lines.add(tokenList[0] + "\t");
      lines.add("1\t");
    }
    lines.add("</" + tag + ">");
    return lines;
  }

  private static List<String> file() {
    List<String> lines = new ArrayList<>();
    lines.add("<QApairs id='1.4'>");
    lines.addAll(block("question", "When was Kafka born ?"));
    lines.addAll(block("positive", "Kafka was born in 1883 ."));
    lines.addAll(block("positive", "`` Kafka '' was born in Prague in 1883 ."));
    lines.addAll(block("negative", "Kafka 's father was a merchant ."));
    lines.addAll(block("negative", "Prague is -LRB- still -RRB- lovely ."));
    lines.add("</QApairs>");
    lines.add("<QApairs id='2'>");
    lines.addAll(block("question", "Who wrote Ulysses ?"));
    lines.addAll(block("positive", "Joyce wrote Ulysses ."));
    lines.add("</QApairs>");
    return lines;
  }

  @Test
  @DisplayName("each QApairs block is a question with its candidates in file order, text detokenized, positives 1")
  void parsesBlocks() {
    List<Question> questions = TrecQaData.parse(file());

    assertThat(questions).extracting(Question::qnum, Question::id, Question::text)
        .containsExactly(tuple(1, "1.4", "When was Kafka born?"), tuple(2, "2", "Who wrote Ulysses?"));
    assertThat(questions.get(0).candidates()).extracting(Candidate::index, Candidate::sentence, Candidate::label)
        .containsExactly(tuple(0, "Kafka was born in 1883.", 1),
            tuple(1, "\"Kafka\" was born in Prague in 1883.", 1),
            tuple(2, "Kafka's father was a merchant.", 0),
            tuple(3, "Prague is (still) lovely.", 0));
  }

  @Test
  @DisplayName("a question is clean when it has at least one positive and one negative")
  void clean() {
    List<Question> questions = TrecQaData.parse(file());

    assertThat(TrecQaData.isClean(questions.get(0))).isTrue();
    assertThat(TrecQaData.isClean(questions.get(1))).isFalse();
  }

  @Test
  @DisplayName("shuffling keeps every candidate and label, renumbers them in the new order, and repeats per seed")
  void shuffles() {
    List<Question> parsed = TrecQaData.parse(file());

    List<Question> once = TrecQaData.shuffle(parsed, 7);
    List<Question> again = TrecQaData.shuffle(parsed, 7);

    assertThat(once).isEqualTo(again);
    Question q = once.get(0);
    assertThat(q.candidates()).extracting(Candidate::index).containsExactly(0, 1, 2, 3);
    assertThat(q.candidates()).extracting(Candidate::sentence, Candidate::label)
        .containsExactlyInAnyOrderElementsOf(parsed.get(0).candidates().stream()
            .map(c -> tuple(c.sentence(), c.label())).toList());
    assertThat(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L).stream()
        .map(seed -> TrecQaData.shuffle(parsed, seed).get(0).sentences()).distinct().count())
        .as("different seeds give different orders").isGreaterThan(1);
  }

  @Test
  @DisplayName("a block that is not closed, or closes too early, is rejected with its line")
  void rejectsBrokenBlocks() {
    List<String> unclosed = new ArrayList<>(file());
    unclosed.remove("</QApairs>");
    assertThatThrownBy(() -> TrecQaData.parse(unclosed)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not closed");

    List<String> tooShort = List.of("<QApairs id='1'>", "<question>", "Why ?", "WRB", "</question>", "</QApairs>");
    assertThatThrownBy(() -> TrecQaData.parse(tooShort)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 5");
  }
}
