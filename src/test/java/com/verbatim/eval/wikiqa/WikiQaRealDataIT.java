package com.verbatim.eval.wikiqa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs against the real WikiQA files when {@code ../shared/eval/wikiqa} is present, and skips otherwise. */
@Timeout(300)
class WikiQaRealDataIT {

  private static final Path DATA = Path.of(WikiQaEval.DEFAULT_DATA_DIR);

  @BeforeEach
  void requireData() {
    Assumptions.assumeTrue(Files.isDirectory(DATA), "WikiQA data not found at " + DATA.toAbsolutePath());
  }

  @Test
  @DisplayName("the scorer reproduces the CNN and Lucene reference results to 4 decimals")
  void selfCheckPasses() {
    assertThat(ScorerSelfCheck.run(DATA)).isEmpty();
  }

  @Test
  @DisplayName("the test split has the documented question, candidate and filtered-qrels counts")
  void testSplitCounts() {
    List<WikiQaData.Question> questions = WikiQaData.load(DATA, "test");

    assertThat(questions).hasSize(633);
    assertThat(questions.stream().mapToInt(q -> q.candidates().size()).sum()).isEqualTo(6165);
    assertThat(questions.get(1).id()).isEqualTo("Q3");
    assertThat(Qrels.read(DATA.resolve("WikiQA-test-filtered.ref")).queryIds()).hasSize(237);
  }

  @Test
  @DisplayName("the baseline reproduces every score of the Lucene reference run on the test split")
  void baselineMatchesReferenceRun() {
    List<WikiQaData.Question> questions = WikiQaData.load(DATA, "test");
    RunFile ours = WikiQaEval.rank(questions, new LuceneBm25Baseline());
    RunFile reference = RunFile.read(
        DATA.resolve("reference-runs/lucene-9.12.1-bm25-standard-perquestion.test.rank"));

    assertThat(ours.queryIds()).containsExactlyElementsOf(reference.queryIds());
    for (String qid : reference.queryIds()) {
      assertThat(ours.results(qid)).as("query %s", qid).containsExactlyElementsOf(reference.results(qid));
    }
    Qrels qrels = Qrels.read(DATA.resolve("WikiQA-test-filtered.ref"));
    TrecEval.Scores s = TrecEval.evaluate(qrels, ours, TrecEval.TieBreak.TREC_EVAL);
    assertThat(ScorerSelfCheck.fourDecimals(s.map())).isEqualTo("0.5985");
    assertThat(ScorerSelfCheck.fourDecimals(s.mrr())).isEqualTo("0.6044");
  }
}
