package com.verbatim.eval.wikiqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.verbatim.eval.wikiqa.TrecEval.Scores;
import com.verbatim.eval.wikiqa.TrecEval.TieBreak;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TrecEvalTest {

  private static final double EPS = 1e-12;

  private static Qrels qrels(String... lines) {
    return Qrels.parse(List.of(lines));
  }

  private static RunFile run(String... lines) {
    return RunFile.parse(List.of(lines));
  }

  @Test
  @DisplayName("MAP averages precision at each relevant rank, MRR the first relevant rank")
  void distinctScores() {
    Qrels qrels = qrels("1 0 a 1", "1 0 b 0", "1 0 c 1", "2 0 x 1", "2 0 y 0");
    RunFile run = run("1 0 a 0 0.8 r", "1 0 b 0 0.9 r", "1 0 c 0 0.7 r", "2 0 x 0 0.5 r", "2 0 y 0 0.1 r");

    Scores s = TrecEval.evaluate(qrels, run, TieBreak.TREC_EVAL);

    // q1 ranks b, a, c: AP = (1/2 + 2/3) / 2 = 7/12, RR = 1/2; q2: AP = RR = 1.
    assertThat(s.map()).isCloseTo((7.0 / 12 + 1) / 2, within(EPS));
    assertThat(s.mrr()).isCloseTo(0.75, within(EPS));
    assertThat(s.queries()).isEqualTo(2);
  }

  @Test
  @DisplayName("the rank column is ignored: only scores order the results")
  void rankColumnIgnored() {
    Qrels qrels = qrels("1 0 a 1", "1 0 b 0");
    RunFile run = run("1 0 a 2 0.1 r", "1 0 b 1 0.9 r");

    assertThat(TrecEval.evaluate(qrels, run, TieBreak.TREC_EVAL).mrr()).isCloseTo(0.5, within(EPS));
  }

  @Test
  @DisplayName("trec_eval ties put the larger docno first; earlier-first ties put candidate 0 first")
  void tiesBothRules() {
    Qrels qrels = qrels("1 0 0 1", "1 0 1 0", "1 0 2 0");
    RunFile run = run("1 0 0 0 1.0 r", "1 0 1 0 1.0 r", "1 0 2 0 1.0 r");

    Scores trec = TrecEval.evaluate(qrels, run, TieBreak.TREC_EVAL);
    Scores earlier = TrecEval.evaluate(qrels, run, TieBreak.EARLIER_FIRST);

    assertThat(trec.map()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(trec.mrr()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(earlier.map()).isCloseTo(1.0, within(EPS));
    assertThat(earlier.mrr()).isCloseTo(1.0, within(EPS));
  }

  @Test
  @DisplayName("trec_eval compares tied docnos as strings, so \"9\" outranks \"10\"")
  void tiesCompareDocnosAsStrings() {
    Qrels qrels = qrels("1 0 9 0", "1 0 10 1");
    RunFile run = run("1 0 9 0 0.5 r", "1 0 10 0 0.5 r");

    assertThat(TrecEval.evaluate(qrels, run, TieBreak.TREC_EVAL).map()).isCloseTo(0.5, within(EPS));
    assertThat(TrecEval.evaluate(qrels, run, TieBreak.EARLIER_FIRST).map()).isCloseTo(0.5, within(EPS));
  }

  @Test
  @DisplayName("ties only reorder equal scores; a higher score still wins regardless of docno")
  void tiesInsideLargerRanking() {
    // Ranking under trec_eval: 3 (0.9), then the 0.5 tie as 2, 1, 0, then 4 (0.1).
    Qrels qrels = qrels("1 0 0 1", "1 0 1 0", "1 0 2 0", "1 0 3 0", "1 0 4 1");
    RunFile run = run("1 0 0 0 0.5 r", "1 0 1 0 0.5 r", "1 0 2 0 0.5 r", "1 0 3 0 0.9 r", "1 0 4 0 0.1 r");

    Scores trec = TrecEval.evaluate(qrels, run, TieBreak.TREC_EVAL);
    Scores earlier = TrecEval.evaluate(qrels, run, TieBreak.EARLIER_FIRST);

    // trec_eval: relevant at ranks 4 and 5. Earlier-first: 3, 0, 1, 2, 4 puts them at ranks 2 and 5.
    assertThat(trec.map()).isCloseTo((1.0 / 4 + 2.0 / 5) / 2, within(EPS));
    assertThat(trec.mrr()).isCloseTo(0.25, within(EPS));
    assertThat(earlier.map()).isCloseTo((1.0 / 2 + 2.0 / 5) / 2, within(EPS));
    assertThat(earlier.mrr()).isCloseTo(0.5, within(EPS));
  }

  @Test
  @DisplayName("0.0 and -0.0 tie, as with trec_eval's < and > comparison")
  void negativeZeroTies() {
    Qrels qrels = qrels("1 0 0 1", "1 0 1 0");
    RunFile run = run("1 0 0 0 0.0 r", "1 0 1 0 -0.0 r");

    assertThat(TrecEval.evaluate(qrels, run, TieBreak.TREC_EVAL).mrr()).isCloseTo(0.5, within(EPS));
  }

  @Test
  @DisplayName("only queries in both qrels and run count; unretrieved relevant docs lower AP")
  void querySelection() {
    Qrels qrels = qrels("1 0 a 1", "1 0 b 1", "3 0 z 1");
    RunFile run = run("1 0 a 0 0.9 r", "1 0 c 0 0.5 r", "4 0 a 0 0.9 r");

    Scores s = TrecEval.evaluate(qrels, run, TieBreak.TREC_EVAL);

    // Query 3 has no run, query 4 no qrels: only query 1 counts; b is never retrieved.
    assertThat(s.queries()).isEqualTo(1);
    assertThat(s.map()).isCloseTo(0.5, within(EPS));
    assertThat(s.mrr()).isCloseTo(1.0, within(EPS));
  }

  @Test
  @DisplayName("a judged query without relevant docs scores 0 and still counts")
  void queryWithoutRelevant() {
    Qrels qrels = qrels("1 0 a 1", "2 0 b 0");
    RunFile run = run("1 0 a 0 0.9 r", "2 0 b 0 0.9 r");

    Scores s = TrecEval.evaluate(qrels, run, TieBreak.TREC_EVAL);

    assertThat(s.queries()).isEqualTo(2);
    assertThat(s.map()).isCloseTo(0.5, within(EPS));
    assertThat(s.mrr()).isCloseTo(0.5, within(EPS));
  }

  @Test
  @DisplayName("a docno listed twice for one query is rejected, as trec_eval does")
  void duplicateDocnoRejected() {
    Qrels qrels = qrels("1 0 a 1");
    RunFile run = run("1 0 a 0 0.9 r", "1 0 a 0 0.1 r");

    assertThatThrownBy(() -> TrecEval.evaluate(qrels, run, TieBreak.TREC_EVAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate docno a");
  }
}
