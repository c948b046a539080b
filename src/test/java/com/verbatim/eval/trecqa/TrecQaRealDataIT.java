package com.verbatim.eval.trecqa;

import static org.assertj.core.api.Assertions.assertThat;

import com.verbatim.eval.wikiqa.WikiQaData.Candidate;
import com.verbatim.eval.wikiqa.WikiQaData.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Runs against the real TrecQA files when {@code ../shared/eval/trecqa} is present, and skips otherwise. */
class TrecQaRealDataIT {

  private static final Path DATA = Path.of(TrecQaEval.DEFAULT_DATA_DIR);

  @BeforeEach
  void requireData() {
    Assumptions.assumeTrue(Files.isDirectory(DATA), "TrecQA data not found at " + DATA.toAbsolutePath());
  }

  @Test
  @DisplayName("dev has the documented 82 questions, 1,148 candidates (222 positive), 65 clean with 1,117")
  void devCounts() {
    List<Question> dev = TrecQaData.load(DATA, "dev", TrecQaData.DEFAULT_SEED);
    List<Question> clean = dev.stream().filter(TrecQaData::isClean).toList();

    assertThat(dev).hasSize(82);
    assertThat(candidates(dev)).isEqualTo(1148);
    assertThat(positives(dev)).isEqualTo(222);
    assertThat(dev.stream().filter(q -> q.candidates().stream().anyMatch(c -> c.label() == 1))).hasSize(78);
    assertThat(clean).hasSize(65);
    assertThat(candidates(clean)).isEqualTo(1117);
  }

  @Test
  @DisplayName("train has the documented 94 questions and 4,718 candidates (348 positive)")
  void trainCounts() {
    List<Question> train = TrecQaData.load(DATA, "train", TrecQaData.DEFAULT_SEED);

    assertThat(train).hasSize(94);
    assertThat(candidates(train)).isEqualTo(4718);
    assertThat(positives(train)).isEqualTo(348);
  }

  @Test
  @DisplayName("after the shuffle the file's positives-first order is gone")
  void shuffledOutOfFileOrder() {
    List<Question> clean = TrecQaData.load(DATA, "dev", TrecQaData.DEFAULT_SEED).stream()
        .filter(TrecQaData::isClean).toList();

    long positivesFirst = clean.stream().filter(TrecQaRealDataIT::positivesFirst).count();
    assertThat(positivesFirst).isLessThan(clean.size() / 2);
    assertThat(TrecQaData.read(TrecQaData.xml(DATA, "dev")).stream().filter(TrecQaData::isClean)
        .allMatch(TrecQaRealDataIT::positivesFirst)).as("the file lists positives first").isTrue();
  }

  private static boolean positivesFirst(Question q) {
    List<Integer> labels = q.candidates().stream().map(Candidate::label).toList();
    return labels.indexOf(0) > labels.lastIndexOf(1);
  }

  private static int candidates(List<Question> questions) {
    return questions.stream().mapToInt(q -> q.candidates().size()).sum();
  }

  private static long positives(List<Question> questions) {
    return questions.stream().flatMap(q -> q.candidates().stream()).filter(c -> c.label() == 1).count();
  }
}
