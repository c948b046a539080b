package com.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.answer.AnswerSpans;
import com.verbatim.answer.QuestionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class AnalysesTest {

  private static final String KNIGHT = "Mr Knight, 39, was jailed for six years on Monday.";

  private final NewsAnalyzer analyzer = new NewsAnalyzer();

  @Test
  @DisplayName("a kept analysis is the analyzer's own, terms and places alike, and is kept")
  void sameAsTheAnalyzer() {
    Analyses analyses = new Analyses(analyzer, 4);
    assertThat(analyses.tokens(KNIGHT)).isEqualTo(Terms.tokens(analyzer, KNIGHT));
    assertThat(analyses.terms(KNIGHT)).isEqualTo(Terms.analyze(analyzer, KNIGHT));
    assertThat(analyses.tokens(KNIGHT)).isSameAs(analyses.tokens(KNIGHT));
    assertThat(analyses.of(KNIGHT)).isSameAs(analyses.of(KNIGHT));
  }

  @Test
  @DisplayName("the typed words of a text are the word positions that TypedWords takes for each answer type")
  void typedWords() {
    Analyses.Analysis knight = new Analyses(analyzer, 4).of(KNIGHT);
    // words: Mr 0, Knight 1, 39 2, was 3, jailed 4, for 5, six 6, years 7, on 8, Monday 9
    assertThat(knight.typed(AnswerType.NUMBER)).containsExactly(2, 6);
    assertThat(knight.typed(AnswerType.TIME)).containsExactly(9);
    assertThat(knight.typed(AnswerType.PERSON)).containsExactly(1);
    assertThat(knight.typed(AnswerType.PLACE)).isEmpty();
    assertThat(knight.typed(AnswerType.NONE)).isEmpty();
    assertThat(knight.typed(AnswerType.NUMBER)).isSameAs(knight.typed(AnswerType.NUMBER));
  }

  @Test
  @DisplayName("typed words agree with TypedWords word by word, after a place preposition too")
  void typedWordsAgreeWithTheRules() {
    Analyses analyses = new Analyses(analyzer, 4);
    for (String text : List.of("Talks in Geneva ended in 2004, after 12 hours.", "The President flew from Japan to London.")) {
      for (AnswerType type : AnswerType.values()) {
        assertThat(analyses.of(text).typed(type)).as(type + " in " + text).containsExactly(direct(type, text));
      }
    }
  }

  @Test
  @DisplayName("the answer spans kept for a kind of question are the rules' own, and are kept")
  void answerSpans() {
    AnswerSpans rules = new AnswerSpans(TypedWords::isPlace);
    Analyses.Analysis knight = new Analyses(analyzer, rules, 4).of(KNIGHT);
    for (QuestionKind kind : QuestionKind.values()) {
      assertThat(knight.found(kind)).isEqualTo(rules.found(kind, KNIGHT));
    }
    assertThat(AnswerSpans.answering(knight.found(QuestionKind.HOW_OLD), Set.of()))
        .containsExactly(new int[] {11, 13});
    assertThat(knight.found(QuestionKind.WHO)).isSameAs(knight.found(QuestionKind.WHO));
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

  /** The positions of the words of {@code type}, word by word as the rescoring once found them. */
  private static int[] direct(AnswerType type, String text) {
    Analyzer words = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new StandardTokenizer());
      }
    };
    List<Terms.Token> raw = Terms.tokens(words, text);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String surface = text.substring(raw.get(i).start(), raw.get(i).end());
      String previous = i > 0 ? text.substring(raw.get(i - 1).start(), raw.get(i - 1).end()) : null;
      if (type != AnswerType.NONE && TypedWords.matches(type, surface, i, previous)) {
        out.add(raw.get(i).position());
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
