package com.verbatim.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The extraction benchmark on the shared pages ({@code ../shared/eval/article-extraction}); skipped when absent. */
@Timeout(300)
class ExtractionBenchmarkIT {

  @Test
  @DisplayName("on the 181 benchmark pages the scorer matches the reference and our extractor keeps F1 >= 0.95")
  void realBenchmark() throws Exception {
    Path dir = Path.of("../shared/eval/article-extraction");
    Assumptions.assumeTrue(Files.exists(dir.resolve("ground-truth.json")), "benchmark data not present");

    assertThat(ExtractionEval.checkAndScore(dir).f1()).isGreaterThanOrEqualTo(0.95);
  }
}
