package com.verbatim.eval.wikiqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class WikiQaDataTest {

  private static final String HEADER =
      "QuestionID\tQuestion\tDocumentID\tDocumentTitle\tSentenceID\tSentence\tLabel";

  @Test
  @DisplayName("questions get 1-based qnums in order of first appearance, candidates their block index")
  void numbersQuestionsAndCandidates() {
    List<WikiQaData.Question> questions = WikiQaData.parse(List.of(HEADER,
        "Q0\twho?\tD0\tTitle A\tD0-0\tFirst \"quoted\" sentence .\t0",
        "Q0\twho?\tD0\tTitle A\tD0-1\tSecond sentence.\t1",
        "Q7\twhat?\tD3\tTitle B\tD3-0\tOnly sentence.\t0"));

    assertThat(questions).hasSize(2);
    WikiQaData.Question first = questions.get(0);
    assertThat(first.qnum()).isEqualTo(1);
    assertThat(first.id()).isEqualTo("Q0");
    assertThat(first.documentTitle()).isEqualTo("Title A");
    assertThat(first.sentences()).containsExactly("First \"quoted\" sentence .", "Second sentence.");
    assertThat(first.candidates().get(1).label()).isEqualTo(1);
    assertThat(first.candidates().get(1).docno()).isEqualTo("1");
    assertThat(questions.get(1).qid()).isEqualTo("2");
    assertThat(questions.get(1).id()).isEqualTo("Q7");
  }

  @Test
  @DisplayName("a row whose sentence id does not match its position is rejected")
  void rejectsMisnumberedSentence() {
    assertThatThrownBy(() -> WikiQaData.parse(List.of(HEADER, "Q0\twho?\tD0\tT\tD0-1\tS.\t0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("D0-0");
  }
}
